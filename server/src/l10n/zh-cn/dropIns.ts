// Simplified Chinese for what the drop-in checks and hints write (features/dropins/): ExecStart= across
// a unit and its drop-ins, masked drop-ins, and the override inlay hints (keys: the English templates).
export const dropInMessages = (): Readonly<Record<string, string>> => ({
  '{files} adds another ExecStart= to this one without clearing it first with an empty ExecStart=: a Type={type} service may have only one, so systemd refuses to load {unit}.':
    '{files} 在这条 ExecStart= 之外又添加了一条，却没有先用空的 ExecStart= 清空：Type={type} 服务只能有一条，所以 systemd 会拒绝加载 {unit}。',
  '{files} add another ExecStart= to this one without clearing it first with an empty ExecStart=: a Type={type} service may have only one, so systemd refuses to load {unit}.':
    '{files} 在这条 ExecStart= 之外又添加了 ExecStart=，却没有先用空的 ExecStart= 清空：Type={type} 服务只能有一条，所以 systemd 会拒绝加载 {unit}。',
  'Only Type=oneshot services may have several ExecStart= lines; systemd refuses to load this Type={type} service, {unit}.':
    '只有 Type=oneshot 的服务可以有多行 ExecStart=；systemd 会拒绝加载这个 Type={type} 服务 {unit}。',
  'Only Type=oneshot services may have several ExecStart= lines ({at} sets one already); systemd refuses to load this Type={type} service, {unit}.':
    '只有 Type=oneshot 的服务可以有多行 ExecStart=（{at} 已经设置了一条）；systemd 会拒绝加载这个 Type={type} 服务 {unit}。',
  'Only Type=oneshot services may have several ExecStart= lines; systemd refuses to load this Type={type} service, {unit}. A drop-in that replaces the command clears the list first with an empty ExecStart=.':
    '只有 Type=oneshot 的服务可以有多行 ExecStart=；systemd 会拒绝加载这个 Type={type} 服务 {unit}。要替换命令的附加配置（drop-in）应先用空的 ExecStart= 清空列表。',
  'Only Type=oneshot services may have several ExecStart= lines ({at} sets one already); systemd refuses to load this Type={type} service, {unit}. A drop-in that replaces the command clears the list first with an empty ExecStart=.':
    '只有 Type=oneshot 的服务可以有多行 ExecStart=（{at} 已经设置了一条）；systemd 会拒绝加载这个 Type={type} 服务 {unit}。要替换命令的附加配置（drop-in）应先用空的 ExecStart= 清空列表。',
  'Clear ExecStart= first (add an empty ExecStart= line above)': '先清空 ExecStart=（在上面添加一行空的 ExecStart=）',
  'This empty ExecStart= clears the command of {files}, and no file read after it sets a new one: systemd refuses to load {unit} (no ExecStart=). Add the new ExecStart= below it, or remove it.':
    '这条空的 ExecStart= 清空了 {files} 的命令，而在它之后读取的文件都没有设置新的命令：systemd 会拒绝加载 {unit}（没有 ExecStart=）。请在它下面添加新的 ExecStart=，或删除它。',
  '{at} clears this ExecStart= and no file read after it sets a new one: systemd refuses to load {unit} (no ExecStart=).':
    '{at} 清空了这条 ExecStart=，而在它之后读取的文件都没有设置新的命令：systemd 会拒绝加载 {unit}（没有 ExecStart=）。',
  'The drop-ins {files} give this Type={type} service several ExecStart= lines: systemd refuses to load {unit}.':
    '附加配置 {files} 让这个 Type={type} 服务有了多行 ExecStart=：systemd 会拒绝加载 {unit}。',
  '{at} clears ExecStart= and no file read after it sets a new one: systemd refuses to load {unit}.':
    '{at} 清空了 ExecStart=，而在它之后读取的文件都没有设置新的命令：systemd 会拒绝加载 {unit}。',
  'systemd does not read this drop-in for {unit}: {by} has the same file name in a folder read first. Edit that file, or rename this one.':
    'systemd 不会为 {unit} 读取这个附加配置：先读取的文件夹中的 {by} 与它同名。请编辑那个文件，或重命名这个文件。',
  '{at}, read together with this file: {message:msg}': '{at}（与本文件一同读取）：{message:msg}',
  'the drop-in systemd reads instead': 'systemd 实际读取的附加配置',
  // Override inlay hints.
  '→ reset by {source}': '→ 被 {source} 重置',
  'In effect: {value}, from {where}': '生效值：{value}，来自 {where}',
  'In effect: the default, from {where}': '生效值：默认值，来自 {where}',
  '+ {count} more ({files})': '+ 另外 {count} 项（{files}）',
  'Added by {files}': '由 {files} 添加',
});
