// Simplified Chinese for the words of the value hovers (specifiers, expansions, Exec*= command
// lines, time spans and sizes, unit names); keys are the English templates of features/valueHover*.ts.
export const valueHoverMessages = (): Readonly<Record<string, string>> => ({
  'In this file: {value}': '在此文件中：{value}',
  'For the system manager: {value}': '对系统管理器而言：{value}',
  ' ({note})': '（{note}）',
  'unless the manager\'s environment sets $TMPDIR': '除非管理器的环境设置了 $TMPDIR',
  'Depends on the instance this template is started as.': '取决于此模板以哪个实例启动。',
  'Decided by the user manager running the unit.': '由运行该单元的用户管理器决定。',
  'Decided by the machine the unit runs on.': '由运行该单元的机器决定。',
  'In [{section}]: {value}': '在 [{section}] 中：{value}',
  'Prefix': '前缀',
  'Here': '此处',
  'Effect': '作用',
  'Prefixes before the program change how systemd runs it; write each at most once (`+`, `!` and `!!` exclude one another), in any order.':
    '程序前的前缀会改变 systemd 运行它的方式；每个前缀最多写一次（`+`、`!` 和 `!!` 互相排斥），顺序不限。',
  '{setting} on line {line} sets it to {value}.': '第 {line} 行的 {setting} 把它设为 {value}。',
  'Set by systemd: {summary}': '由 systemd 设置：{summary}',
  'systemd sets it since {since}; the target is {version}.': 'systemd 自 {since} 起设置它；目标版本是 {version}。',
  'systemd does not set it: it comes from `Environment=`, `EnvironmentFile=` or `PassEnvironment=`, in this file or a drop-in; unset, it is empty.':
    'systemd 不会设置它：它来自此文件或某个附加配置（drop-in）中的 `Environment=`、`EnvironmentFile=` 或 `PassEnvironment=`；未设置时为空。',
  'Written `${NAME}`, the value stays one word even with blanks in it.': '写成 `${NAME}` 时，即使值中有空白，它也仍是一个词。',
  'Written `$NAME` as a word of its own, the value is split at blanks into several words; write `${NAME}` to keep it one.':
    '单独写成一个词 `$NAME` 时，值会在空白处拆分为多个词；写成 `${NAME}` 可以保持为一个词。',
  'No limit: the time never runs out.': '没有限制：时间永远不会用完。',
  ' A number without a unit counts nanoseconds.': '不带单位的数字按纳秒计。',
  ' A number without a unit counts seconds.': '不带单位的数字按秒计。',
  'systemd reads it as {span} ({micros} µs).': 'systemd 把它读作 {span}（{micros} 微秒）。',
  'systemd reads it as {bytes} bytes ({size}); `K`, `M`, `G`, ... count in steps of 1024.': 'systemd 把它读作 {bytes} 字节（{size}）；`K`、`M`、`G` 等以 1024 为进位。',
  'In the workspace: {path}': '在工作区中：{path}',
  'On this machine: {path}': '在本机上：{path}',
  'A special unit of systemd.': 'systemd 的特殊单元。',
});
