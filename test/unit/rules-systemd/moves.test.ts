// Quick fixes that move a misplaced line to its section must never leave two copies of a
// single-valued key there: the later one would silently win.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { applyFix } from '../rules-supervisor/helpers';
import { diagnose } from './helpers';

function fixTitles(d: Diagnostic): string[] {
  return ((d.data as { fixes?: { title: string }[] } | undefined)?.fixes ?? []).map((f) => f.title);
}

function only(code: string, text: string): Diagnostic {
  const found = diagnose(text).filter((d) => d.code === code);
  assert.equal(found.length, 1, `one ${code} in:\n${text}`);
  return found[0];
}

const count = (text: string, line: string) => text.split('\n').filter((l) => l.startsWith(line)).length;

describe('deprecated [Service] copies of [Unit] settings', () => {
  it('says to move FailureAction= to [Unit] without naming it twice', () => {
    const d = only('systemd/deprecated-directive', '[Unit]\nDescription=x\n[Service]\nExecStart=/bin/true\nFailureAction=reboot\n');
    assert.equal(d.message, 'FailureAction= is deprecated in [Service]. Move the line to [Unit], where systemd reads it now.');
    assert.deepEqual(fixTitles(d), ['Move to [Unit]']);
  });

  it('moves the line when [Unit] does not set the key yet', () => {
    const text = '[Unit]\nDescription=x\n[Service]\nExecStart=/bin/true\nFailureAction=reboot\n';
    assert.equal(applyFix(text, only('systemd/deprecated-directive', text)),
      '[Unit]\nDescription=x\nFailureAction=reboot\n[Service]\nExecStart=/bin/true\n');
  });

  it('replaces the value [Unit] already has, or drops the misplaced line', () => {
    const text = '[Unit]\nFailureAction=reboot\n[Service]\nExecStart=/bin/true\nFailureAction=poweroff\n';
    const d = only('systemd/deprecated-directive', text);
    assert.deepEqual(fixTitles(d), ['Move to [Unit], replacing FailureAction=reboot', 'Remove this line: [Unit] already sets FailureAction=reboot']);
    const replaced = applyFix(text, d, 0);
    assert.equal(replaced, '[Unit]\nFailureAction=poweroff\n[Service]\nExecStart=/bin/true\n');
    assert.equal(applyFix(text, d, 1), '[Unit]\nFailureAction=reboot\n[Service]\nExecStart=/bin/true\n');
    assert.deepEqual(diagnose(replaced).map((x) => x.code).filter((c) => c !== 'systemd/no-install-section'), []);
  });

  it('only drops the line when [Unit] already has the same value', () => {
    const text = '[Unit]\nStartLimitBurst=3\n[Service]\nExecStart=/bin/true\nStartLimitBurst=3\n';
    const d = only('systemd/deprecated-directive', text);
    assert.deepEqual(fixTitles(d), ['Remove this line: [Unit] already sets StartLimitBurst=3']);
  });

  it('replaces under the new name when the key was renamed', () => {
    const text = '[Unit]\nStartLimitIntervalSec=5s\n[Service]\nExecStart=/bin/true\nStartLimitInterval=10s\n';
    const d = only('systemd/deprecated-directive', text);
    assert.equal(applyFix(text, d, 0), '[Unit]\nStartLimitIntervalSec=10s\n[Service]\nExecStart=/bin/true\n');
  });
});

describe('systemd/wrong-section moves', () => {
  it('does not add a second Description= to [Unit]', () => {
    const text = '[Unit]\nDescription=Old\n\n[Service]\nExecStart=/bin/true\nDescription=New\n';
    const d = only('systemd/wrong-section', text);
    assert.deepEqual(fixTitles(d), ['Move to [Unit], replacing Description=Old', 'Remove this line: [Unit] already sets Description=Old']);
    const moved = applyFix(text, d, 0);
    assert.equal(count(moved, 'Description='), 1);
    assert.equal(moved, '[Unit]\nDescription=New\n\n[Service]\nExecStart=/bin/true\n');
  });

  it('does not add a second DefaultInstance= to [Install]', () => {
    const text = '[Service]\nExecStart=/bin/true\nDefaultInstance=b\n\n[Install]\nWantedBy=multi-user.target\nDefaultInstance=a\n';
    const d = only('systemd/wrong-section', text);
    assert.equal(count(applyFix(text, d, 0), 'DefaultInstance='), 1);
    assert.equal(applyFix(text, d, 1), '[Service]\nExecStart=/bin/true\n\n[Install]\nWantedBy=multi-user.target\nDefaultInstance=a\n');
  });

  it('still appends a repeatable key next to the ones there', () => {
    const text = '[Service]\nExecStart=/bin/true\nWantedBy=b.target\n\n[Install]\nWantedBy=a.target\n';
    const d = only('systemd/wrong-section', text);
    assert.deepEqual(fixTitles(d), ['Move WantedBy to [Install]']);
    assert.equal(applyFix(text, d), '[Service]\nExecStart=/bin/true\n\n[Install]\nWantedBy=a.target\nWantedBy=b.target\n');
  });
});
