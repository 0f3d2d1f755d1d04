/** An error of the tracker the API turns into a user-facing message (Chinese). */
export class TrackingError extends Error {
  constructor(
    public readonly code: "not_found" | "conflict" | "invalid",
    message: string,
  ) {
    super(message);
    this.name = "TrackingError";
  }
}
