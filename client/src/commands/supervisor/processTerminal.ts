// A terminal that shows a process we started ourselves (its output, as it comes, including what
// came before the terminal opened); closing the terminal stops the process.
import * as vscode from 'vscode';

export class ProcessTerminal implements vscode.Pseudoterminal {
  private readonly written = new vscode.EventEmitter<string>();
  readonly onDidWrite = this.written.event;
  private opened = false;
  private pending = '';

  constructor(private readonly onClose: () => void) {}

  open(): void {
    this.opened = true;
    if (this.pending !== '') this.written.fire(this.pending);
    this.pending = '';
  }

  close(): void {
    this.onClose();
    this.written.dispose();
  }

  write(text: string): void {
    const crlf = text.replace(/\r?\n/g, '\r\n');
    if (this.opened) this.written.fire(crlf);
    else this.pending += crlf;
  }
}
