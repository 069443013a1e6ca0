// What a client sends is unknown until checked: this tells a plain JSON object from null, arrays and scalars.
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
