// Simplified Chinese for what a rename answers (features/rename.ts, unitNameRules.ts, renameSupport.ts):
// the refusals sent back as the request's error, and the notes shown after a unit's rename.
export const renameMessages = (): Readonly<Record<string, string>> => ({
  // Before any new name is typed (prepareRename).
  '[{section}] is also named in {path}, which is outside the workspace: renaming would leave it behind.':
    '[{section}] 也出现在工作区之外的 {path} 中：重命名会把那里落下。',
  '{name} is not a unit name that can be renamed.': '{name} 不是可以重命名的单元名。',
  '{name} is an instance of {template}: rename the template instead.': '{name} 是 {template} 的实例：请改为重命名模板。',
  'No unit file defines {name} in the workspace: only a unit whose file is in the workspace can be renamed.':
    '工作区中没有定义 {name} 的单元文件：只有文件在工作区中的单元才能重命名。',
  '{name} is defined in {path}, outside the workspace: only a unit whose file is in the workspace can be renamed (files in the host\'s unit folders are never edited).':
    '{name} 定义在工作区之外的 {path} 中：只有文件在工作区中的单元才能重命名（主机单元文件夹中的文件从不会被修改）。',
  'Renaming {name} renames its file, and this editor does not say it can rename files in a workspace edit (workspace.workspaceEdit.resourceOperations has no \'rename\').':
    '重命名 {name} 会重命名它的文件，而此编辑器没有声明它能在工作区编辑中重命名文件（workspace.workspaceEdit.resourceOperations 中没有“rename”）。',
  'Renaming {name} moves {folders}, and {problem:msg}: rename that folder yourself, then the unit.': '重命名 {name} 会移动 {folders}，而{problem:msg}：请先自己重命名该文件夹，再重命名单元。',
  'Renaming {name} moves {folders}, and {problem:msg}: rename those folders yourself, then the unit.': '重命名 {name} 会移动 {folders}，而{problem:msg}：请先自己重命名这些文件夹，再重命名单元。',
  'Neovim {version} cannot rename folders (it stops half-way with E502)': 'Neovim {version} 无法重命名文件夹（它会因 E502 中途停止）',
  // The new name of a unit.
  'Cannot rename {old}: {problem:msg}.': '无法重命名 {old}：{problem:msg}。',
  // Whole, not nested: a template ending in a placeholder would match the message from its first word.
  'Cannot rename {old}: {name} is not a valid unit name: {problem:msg}.': '无法重命名 {old}：{name} 不是有效的单元名：{problem:msg}。',
  '{name} is not a unit name': '{name} 不是单元名',
  'the new name is empty': '新名称为空',
  'it is {n} characters long, and systemd allows at most {max}': '它有 {n} 个字符，而 systemd 最多允许 {max} 个',
  'it does not end in a unit type ({types})': '它不以单元类型结尾（{types}）',
  'it has nothing before the type': '类型前面没有内容',
  'it has nothing before the type or the \'@\'': '类型或“@”前面没有内容',
  '\'{char}\' is not allowed in a unit name (letters, digits and : - _ . \\ are)': '单元名中不允许出现“{char}”（允许字母、数字和 : - _ . \\）',
  '\'{char}\' is not allowed in an instance name': '实例名中不允许出现“{char}”',
  '{name} is a .{type} unit, and {old} is a .{was}: a rename keeps the type': '{name} 是 .{type} 单元，而 {old} 是 .{was}：重命名不能改变类型',
  '{old} is a template, so its new name must be one too (such as {example})': '{old} 是模板，所以它的新名称也必须是模板（例如 {example}）',
  '{old} is not a template, so its new name may not hold \'@\'': '{old} 不是模板，所以它的新名称不能包含“@”',
  'Cannot rename {old} to {name}: {path} already exists.': '无法将 {old} 重命名为 {name}：{path} 已经存在。',
  'Cannot rename {old} to {name}: {path} already exists on this host, and the renamed unit would hide it.':
    '无法将 {old} 重命名为 {name}：本机上已经存在 {path}，重命名后的单元会遮住它。',
  // The new name of a supervisor program or group.
  'Cannot rename {what} to \'{name}\': supervisord refuses names with spaces, \':\' or \'/\'.': '无法将 {what} 重命名为“{name}”：supervisord 不接受含空格、“:”或“/”的名称。',
  'Cannot rename {what} to \'{name}\': supervisord would read \'%\' as the start of an expansion.': '无法将 {what} 重命名为“{name}”：supervisord 会把“%”当作展开的开头。',
  'Cannot rename {what} to \'{name}\': [{section}] already exists, and supervisord would merge the two.': '无法将 {what} 重命名为“{name}”：[{section}] 已经存在，supervisord 会把两者合并。',
  'Cannot rename {what} to \'{name}\': [{section}] already exists in {file}, and supervisord would merge the two.': '无法将 {what} 重命名为“{name}”：[{section}] 已经存在于 {file} 中，supervisord 会把两者合并。',
  // Notes after a unit's rename.
  'Renamed in the workspace only: {n} reference in {files} file of the host\'s unit folders stay as they are (such as {path}).':
    '只在工作区中重命名：主机单元文件夹中 {files} 个文件里的 {n} 处引用保持不变（例如 {path}）。',
  'Renamed in the workspace only: {n} references in {files} file of the host\'s unit folders stay as they are (such as {path}).':
    '只在工作区中重命名：主机单元文件夹中 {files} 个文件里的 {n} 处引用保持不变（例如 {path}）。',
  'Renamed in the workspace only: {n} references in {files} files of the host\'s unit folders stay as they are (such as {path}).':
    '只在工作区中重命名：主机单元文件夹中 {files} 个文件里的 {n} 处引用保持不变（例如 {path}）。',
  '{activator} starts {old} by sharing its name: rename it as well, or add Unit={name} to its [{section}] section.':
    '{activator} 因与 {old} 同名而启动它：请把它也重命名，或在它的 [{section}] 节中添加 Unit={name}。',
});

/** The comment lines of daemonConfig/effectiveUnit's text (features/dropins/render.ts), without their `# `. */
export const effectiveUnitComments = (): Readonly<Record<string, string>> => ({
  '{unit} as systemd loads it, merged from {n} file (read without systemctl):': 'systemd 加载的 {unit}，由 {n} 个文件合并而成（不经 systemctl 读取）：',
  '{unit} as systemd loads it, merged from {n} files (read without systemctl):': 'systemd 加载的 {unit}，由 {n} 个文件合并而成（不经 systemctl 读取）：',
  '{path} (unit file)': '{path}（单元文件）',
  'The unit file of {unit} was not found in the workspace or the host\'s unit folders.': '在工作区和主机的单元文件夹中都没有找到 {unit} 的单元文件。',
  'Not read: {path} (masked by {by}, of the same name in a folder read first)': '未读取：{path}（被先读取的文件夹中的同名文件 {by} 屏蔽）',
  'from {path}:{line}': '来自 {path}:{line}',
});
