// Simplified Chinese for the messages every dialect's rules share, and the parsers' syntax problems.
// Keys are the English templates exactly as the rules write them; `{name}` is a value, `{name:msg}` a
// message translated in turn. The client's l10n/bundle.l10n.zh-cn.json sets the tone and terms.
export const commonMessages = (): Readonly<Record<string, string>> => ({
  // Shared by several rules.
  '{message:msg} Did you mean {suggestion}?': '{message:msg}你是想写 {suggestion} 吗？',
  'Change to {name}': '改为 {name}',
  'Change to [{name}]': '改为 [{name}]',
  'Remove this {key}': '删除这一处 {key}',
  'Rename to {name}': '重命名为 {name}',
  '{key} is set again on line {line}; only that last value counts.': '{key} 在第 {line} 行再次设置；只有最后一次设置的值有效。',
  '{key}= is set again on line {line}; only that last value counts.': '{key}= 在第 {line} 行再次设置；只有最后一次设置的值有效。',
  // Unknown and misplaced names.
  'Unknown directive \'{key}\' in [{section}]: systemd ignores it.': '[{section}] 中的未知指令“{key}”：systemd 会忽略它。',
  'Unknown option \'{key}\' in [{section}]: supervisord ignores it silently.': '[{section}] 中的未知选项“{key}”：supervisord 会静默忽略它。',
  '{key} does not belong in [{section}]; it goes in {where}. It is ignored here.': '{key} 不属于 [{section}]，应放在 {where} 中。在这里它会被忽略。',
  'Move {key} to [{section}]': '将 {key} 移到 [{section}]',
  'Move to [{section}]': '移到 [{section}]',
  'Move to [{section}] as {key}=': '移到 [{section}] 并改为 {key}=',
  'Move to [{section}], replacing {there}': '移到 [{section}]，替换其中的 {there}',
  'Remove this line: [{section}] already sets {there}': '删除此行：[{section}] 已经设置了 {there}',
  'A .{type} unit has no [{section}] section; systemd ignores it and everything in it.': '.{type} 单元没有 [{section}] 节；systemd 会忽略该节及其中的全部内容。',
  'Unknown section [{section}]: systemd ignores it and everything in it.': '未知的节 [{section}]：systemd 会忽略该节及其中的全部内容。',
  'Unknown section type [{section}]: supervisord ignores it.': '未知的节类型 [{section}]：supervisord 会忽略它。',
  // Syntax (parsers).
  'Text after the section header is ignored.': '节标题后面的文本会被忽略。',
  'Expected \'name = value\' or \'name: value\': supervisord refuses the whole file (a parsing error).': '应为“name = value”或“name: value”：supervisord 会拒绝整个文件（解析错误）。',
  'Missing option name before \'{separator}\': supervisord refuses the whole file.': '“{separator}”前缺少选项名：supervisord 会拒绝整个文件。',
  'Option before any [section] header: supervisord refuses the file (missing section header).': '选项出现在任何 [节] 标题之前：supervisord 会拒绝该文件（缺少节标题）。',
  'Assignment outside of any section: systemd ignores it.': '赋值不在任何节中：systemd 会忽略它。',
  'Invalid section header: a header is \'[Name]\' with nothing after the closing bracket; systemd refuses to load the file.': '无效的节标题：节标题应为“[Name]”，右方括号后不能有其他内容；systemd 会拒绝加载该文件。',
  'Missing \'=\': systemd ignores this line.': '缺少“=”：systemd 会忽略此行。',
  'Missing key name before \'=\': systemd ignores this line.': '“=”前缺少键名：systemd 会忽略此行。',
  // Files of systemd's other families, not checked yet (features/familyDiagnostics.ts).
  '{family} file, by its name and folder: its directives are not checked yet, only its syntax.': '{family} 文件（由文件名和目录判断）：尚不检查其中的指令，只检查语法。',
  '{family} file, as daemonConfig.files.associations says: its directives are not checked yet, only its syntax.': '{family} 文件（按 daemonConfig.files.associations 的设置）：尚不检查其中的指令，只检查语法。',
  '{family} file, as its language mode says: its directives are not checked yet, only its syntax.': '{family} 文件（按其语言模式）：尚不检查其中的指令，只检查语法。',
  'Taken for a {family} file by its content: its directives are not checked yet, only its syntax. If it is another kind of file, choose its language with Change Language Mode, or map a glob to a family in daemonConfig.files.associations.':
    '根据内容视为 {family} 文件：尚不检查其中的指令，只检查语法。如果它是别的文件，请用“更改语言模式”选择它的语言，或在 daemonConfig.files.associations 中把 glob 模式对应到文件类别。',
  '{family} file: its lines are not checked yet.': '{family} 文件：尚不检查其中的各行。',
  // The file too large to analyse.
  'This file is {size}, over the {limit} that daemon-config analyses: no diagnostics, completion, hover or outline for it. Real units and supervisor configs are far smaller.':
    '此文件大小为 {size}，超过了 daemon-config 分析的上限 {limit}：不会为它提供诊断、补全、悬停提示或大纲。真实的单元文件和 supervisor 配置要小得多。',
});
