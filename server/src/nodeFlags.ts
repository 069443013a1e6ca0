// The V8 flags the language server runs with, shared by its launcher (server/src/launch.ts) and the
// VS Code client. A 1 MB young generation and an old generation that grows by half instead of V8's
// up-to-4x: with 1,000 files open, 77 MB RSS instead of 114 MB (README, Performance).
// `--optimize-for-size` saved as much but made diagnostics of large files 2-3x slower.
// `--no-concurrent-recompilation`: optimizing compiles run on the main thread. On background
// threads they malloc in glibc's per-thread arenas, which kept some 7 MB after 1,000 files closed
// (closed - rest: 8.9 MB with concurrent compiles, 3.4 MB without; it cannot be set at run time).
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=1', '--heap-growing-percent=50', '--no-concurrent-recompilation'];
