// Command-line entry: `npm run -s cli -- <command> [args]`.
// Each command lives in ./commands/<name>.ts and exports `run(args)`, which
// returns the exit code. Errors for users are one line on stderr.
import { CliError } from "./cli-error";
import { errorLine } from "./error-line";

const commands = {
  extract: () => import("./commands/extract"),
  import: () => import("./commands/import"),
  timeline: () => import("./commands/timeline"),
  migrate: () => import("./commands/migrate"),
  export: () => import("./commands/export"),
  restore: () => import("./commands/restore"),
} as const;

type CommandName = keyof typeof commands;

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || !(name in commands)) {
    process.stderr.write(`用法: npm run -s cli -- <${Object.keys(commands).join("|")}> [参数]\n`);
    return 2;
  }
  const command = await commands[name as CommandName]();
  return command.run(args);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`错误: ${errorLine(error)}\n`);
    if (!(error instanceof CliError) && process.env.DEBUG) console.error(error);
    process.exit(1);
  },
);
