// Simplified Chinese for the family key summaries (schema/families/summaries), keyed by their English.
export const familyKeySummariesZh: Readonly<Record<string, string>> = {
  'Where journal data is kept: volatile (memory, /run), persistent (/var/log/journal), auto (persistent if that folder exists) or none.':
    '日志数据存放在哪里：volatile（内存，/run）、persistent（/var/log/journal）、auto（该目录存在时持久保存）或 none。',
  'Interface names (globs allowed) this file applies to; a leading ! negates the list.': '此文件适用的网络接口名（可用通配符）；开头的 ! 表示取反。',
};
