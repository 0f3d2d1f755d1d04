/** An error whose message is shown to the CLI user as is, on one line. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}
