// Simplified Chinese for what the server says about networkd, nspawn and the daemons' configs
// (rules/family, schema/families): messages, value types, section lines and key summaries.
import { familyKeySummariesZh } from './familySummaries';
import { networkDhcpZh } from './familyNetworkDhcp';
import { networkTrafficZh } from './familyNetworkTraffic';
import { deviceSummariesZh } from './familyDevices';
import { networkParserMessagesZh, networkParserTextZh } from './familyParsersNetwork';
import { deviceParserTextZh, deviceRuleMessagesZh, deviceValueMessagesZh } from './familyParsersDevices';
import { daemonMessagesZh, daemonParserTextZh } from './familyParsersDaemons';

export const familyMessages = (): Readonly<Record<string, string>> => ({
  'Taken for a {family} file by its content. If it is another kind of file, choose its language with Change Language Mode, or map a glob to a family in daemonConfig.files.associations.':
    '根据内容视为 {family} 文件。如果它是别的文件，请用“更改语言模式”选择它的语言，或在 daemonConfig.files.associations 中把 glob 模式对应到文件类别。',
  'Settings of [{section}] in {file} files.': '{file} 文件中 [{section}] 节的设置。',
  'Values: {values}': '取值：{values}',
  ...deviceValueMessagesZh(),
  ...deviceRuleMessagesZh(),
  ...networkParserMessagesZh(),
  ...daemonMessagesZh(),
});

const familyLabels = (): Readonly<Record<string, string>> => ({
  'list of words': '单词列表',
  'one of the words listed': '所列单词之一',
  'value (read by the daemon; not checked here)': '值（由守护进程读取；此处不检查）',
  'obsolete: accepted with a warning, has no effect': '已过时：接受但会给出警告，不起作用',
});

export const familySchemaText = (): Readonly<Record<string, string>> => ({
  ...familyLabels(),
  ...Object.fromEntries(Object.entries(familyLabels()).map(([en, zh]) => [en.charAt(0).toUpperCase() + en.slice(1), zh])),
  ...familyKeySummariesZh(),
  ...networkDhcpZh(),
  ...networkTrafficZh(),
  ...deviceSummariesZh(),
  ...networkParserTextZh(),
  ...deviceParserTextZh(),
  ...daemonParserTextZh(),
});
