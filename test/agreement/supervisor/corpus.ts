// The agreement corpus: base configurations, curated defects, systematic value mutants.
import { bases } from './bases';
import { curated, machineDependent, systematic, type Config } from './mutants';

export function buildCorpus(): Config[] {
  const all = bases();
  const configs: Config[] = all.map((b) => ({ ...b, kind: 'base' }));
  configs.push(...curated(all), ...machineDependent(all));
  for (const base of all) configs.push(...systematic(base));
  return configs;
}
