// Simplified Chinese for the supervisor ⇄ systemd conversions (features/convertActions.ts,
// convert/): the action titles and the reasons a conversion is refused. The comments inside the
// generated files stay in English, like the files themselves.
export const convertMessages = (): Readonly<Record<string, string>> => ({
  'Convert to a systemd service': '转换为 systemd 服务',
  'Convert to a systemd service ({name})': '转换为 systemd 服务（{name}）',
  'Convert every supervisor program to a systemd unit': '将每个 supervisor 程序转换为 systemd 单元',
  'Convert every supervisor program to a systemd unit (1 file)': '将每个 supervisor 程序转换为 systemd 单元（1 个文件）',
  'Convert every supervisor program to a systemd unit ({count} files)': '将每个 supervisor 程序转换为 systemd 单元（{count} 个文件）',
  'Convert to a supervisor program': '转换为 supervisor 程序',
  'Convert to a supervisor program ({name})': '转换为 supervisor 程序（{name}）',
  'Convert to a supervisor program (in {name})': '转换为 supervisor 程序（写入 {name}）',
  'This editor cannot create files from a code action (workspace.workspaceEdit.resourceOperations has no \'create\').':
    '此编辑器无法通过代码操作创建文件（workspace.workspaceEdit.resourceOperations 中没有“create”）。',
  '{name} and its -converted name both exist in {folder}: move one away first.': '{folder} 中已有 {name} 及其 -converted 名称：请先移走其中一个。',
  '[program:{name}] already exists in the supervisor configuration {path}.': 'supervisor 配置 {path} 中已有 [program:{name}]。',
  'A Type={type} service cannot be converted to a supervisor program: {reason:msg}. Only Type=simple, exec and notify can.':
    'Type={type} 的服务无法转换为 supervisor 程序：{reason:msg}。只有 Type=simple、exec 和 notify 可以。',
  'its program forks into the background and exits, and supervisord would see that exit as the program ending': '它的程序会转入后台并退出，supervisord 会把这次退出当作程序结束',
  'it runs to completion and exits, and supervisord keeps its programs running': '它运行完毕即退出，而 supervisord 让程序持续运行',
  'it is ready when it takes a D-Bus name, which supervisord cannot wait for': '它在取得 D-Bus 名称时才就绪，supervisord 无法等待这一点',
  'systemd delays it until other jobs are done, which supervisord cannot do': 'systemd 会把它推迟到其他作业完成之后，supervisord 做不到',
  'supervisord has no such type': 'supervisord 没有这种类型',
  '{unit} is a template: its %i has no one value for a supervisor program. Convert an instance of it.': '{unit} 是模板：它的 %i 在 supervisor 程序中没有唯一的值。请转换它的某个实例。',
  '{program} cannot name a supervisor program (\'{char}\' is not allowed there).': '{program} 不能用作 supervisor 程序名（其中不允许“{char}”）。',
  '{unit} has no ExecStart= to run.': '{unit} 没有可运行的 ExecStart=。',
  'ExecStart= cannot be read (a quote is not closed, or there is no program).': '无法读取 ExecStart=（引号未闭合，或没有程序）。',
  'The command holds a line break, or a ; or # after a blank, which supervisor\'s config parser would cut.': '命令中含有换行，或空白后的 ; 或 #，supervisor 的配置解析器会在那里截断。',
  '[program:{name}] has no command= to run.': '[program:{name}] 没有可运行的 command=。',
  'command= uses {expansions}, which supervisord alone can fill in.': 'command= 用到了 {expansions}，只有 supervisord 能填入它们。',
  'supervisord cannot split command= into words ({why}).': 'supervisord 无法把 command= 拆分成单词（{why}）。',
  'The program in command= comes from supervisord\'s environment (%(ENV_…)s), which a unit cannot name.': 'command= 中的程序来自 supervisord 的环境（%(ENV_…)s），单元无法指明它。',
  'command= runs {program}, a path relative to the folder supervisord starts in: write it as an absolute path first.': 'command= 运行的 {program} 是相对于 supervisord 启动目录的路径：请先写成绝对路径。',
});
