type Env = Record<string, string | undefined>;
export function serverHeapMb(env?: Env): number;
export function serverNodeFlags(env?: Env): string[];
