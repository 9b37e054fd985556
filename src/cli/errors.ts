/** An input the command line cannot use; main() prints its message and exits with code 2. */
export class UnusableInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnusableInputError";
  }
}

/** A command line the program cannot run, such as a missing option; exits with code 2 after the usage hint. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
