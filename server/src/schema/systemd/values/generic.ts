// Value explanations for long word lists, built from the words themselves (architectures, facilities,
// controllers, core dump parts).
const ARCH_NOTES: Readonly<Record<string, string>> = {
  native: 'The architecture the system itself runs.', 'x86-64': '64-bit x86 (amd64).', x86: '32-bit x86.',
  x32: 'x86-64 with 32-bit pointers.', arm64: '64-bit ARM (aarch64).', arm: '32-bit ARM.',
};

export function architectureDoc(name: string): string {
  return ARCH_NOTES[name] ?? `The ${name} CPU architecture.`;
}

export function facilityDoc(name: string): string {
  return /^local[0-7]$/.test(name) ? `Syslog facility ${name}, free for local use.` : `Syslog facility ${name}.`;
}

export function controllerDoc(name: string): string {
  return name.startsWith('bpf-') ? `The ${name.slice(4)} BPF-based cgroup feature.` : `The ${name} cgroup controller.`;
}

export function coredumpDoc(name: string): string {
  return `Include ${name.replace(/-/g, ' ')} memory in core dumps.`;
}
