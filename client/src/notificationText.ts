// VS Code turns `[label](target)` in a notification's message into a link, `command:` targets
// included, so text we did not write (program output, paths, config values) could plant a button
// that runs a command. Every notification passes through withoutLinks (see commands/notify.ts).

/**
 * The text with every Markdown link broken: a space between `]` and `(`, which is all the link
 * syntax of notifications needs to stop matching; the words stay as they were.
 */
export function withoutLinks(text: string): string {
  return text.replace(/\](?=\()/g, '] ');
}
