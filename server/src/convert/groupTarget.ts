// `[group:x]` → `x.target`, which wants every unit its programs start, so that
// `systemctl start x.target` starts the group as `supervisorctl start x:*` does.
import { escapeUnitName } from './unitNames';
import { GeneratedFile } from './unitText';

export function groupToTarget(group: string, source: string, members: { program: string; units: string[] | undefined }[], priority?: string): { fileName: string; text: string } {
  const target = new GeneratedFile('#');
  target.note(`Converted from supervisor's [group:${group}] in ${source} by daemon-config.`);
  target.set('Unit', 'Description', `${group} (supervisor group)`);
  const missing = members.filter((m) => !m.units).map((m) => m.program);
  if (missing.length) target.note(`Programs listed in the group but not converted (not found, or refused): ${missing.join(', ')}.`);
  const wanted = members.flatMap((m) => m.units ?? []);
  if (wanted.length) target.set('Unit', 'Wants', wanted.join(' '));
  if (priority !== undefined) target.note(`priority=${priority} orders groups in supervisord; a target has no such order of its own.`);
  target.set('Install', 'WantedBy', 'multi-user.target');
  return { fileName: `${escapeUnitName(group)}.target`, text: target.text() };
}
