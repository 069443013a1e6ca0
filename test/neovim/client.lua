-- Neovim as an LSP client of daemon-config's server, headless. Run by neovim.test.ts as
--   nvim --headless -n -i NONE -u NONE --noplugin -c "luafile test/neovim/client.lua"
-- with DC_SERVER (dist/server.js), DC_DIR (a folder holding copies of fixtures/) and DC_OUT (where
-- to write the JSON result). Uses only APIs present in Neovim 0.7 (Debian 12): vim.lsp.start_client
-- + buf_attach_client rather than the newer vim.lsp.start. Where Neovim has a command for a
-- feature (formatting, references, rename) the test goes through it, so that Neovim applies the
-- answer; where 0.7 has none (semantic tokens, inlay hints) it sends the request itself.
-- Every wait is for an event, with a cap.
local server = assert(os.getenv('DC_SERVER'), 'DC_SERVER not set')
local dir = assert(os.getenv('DC_DIR'), 'DC_DIR not set')
local out = assert(os.getenv('DC_OUT'), 'DC_OUT not set')
local here = vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h')
local semantic = dofile(here .. '/semantic.lua')
local v = vim.version()
local result = { nvim = string.format('%d.%d.%d', v.major, v.minor, v.patch) }

local function write_result()
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
end

local client_id
local function request(bufnr, method, params)
  local responses, err = vim.lsp.buf_request_sync(bufnr, method, params, 10000)
  if not responses then return { error = tostring(err) } end
  local r = responses[client_id]
  if not r then return { error = 'no response' } end
  -- 0.7 calls the error `error` here; later releases call it `err`.
  local e = r.error or r.err
  if e then return { error = e } end
  return { result = r.result }
end

local function lines_of(bufnr) return vim.api.nvim_buf_get_lines(bufnr, 0, -1, false) end

-- 0-based line and column of the first match of a Lua pattern in the buffer.
local function find(bufnr, pattern)
  for i, l in ipairs(lines_of(bufnr)) do
    local s = l:find(pattern)
    if s then return i - 1, s - 1 end
  end
  error('no line matching ' .. pattern)
end

local function open(name)
  vim.cmd('edit ' .. vim.fn.fnameescape(dir .. '/' .. name))
  local bufnr = vim.api.nvim_get_current_buf()
  if client_id then vim.lsp.buf_attach_client(bufnr, client_id) end
  return bufnr, vim.uri_from_bufnr(bufnr)
end

local function diagnostics_of(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(list, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, message = d.message, source = d.source, code = lsp.code, data = lsp.data,
    })
  end
  return list
end

-- Waits for a diagnostic whose message matches the Lua pattern.
local function wait_diagnostics(bufnr, pattern)
  local got = vim.wait(15000, function()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.message:find(pattern) then return true end
    end
    return false
  end, 20)
  return got, diagnostics_of(bufnr)
end

local function at(bufnr, pattern, offset)
  local l, c = find(bufnr, pattern)
  return { line = l, character = c + (offset or 0) }
end

-- The file-type block of docs/editors.md, run as a user's init.lua would run it.
local function docs_filetypes()
  local docs = assert(io.open(here .. '/../../docs/editors.md')):read('*a')
  local block = docs:match('<!%-%- test/neovim[^\n]*%-%->\n```lua\n(.-)\n```')
  assert(block, 'docs/editors.md: no lua block after the test/neovim marker')
  vim.g.do_filetype_lua = 1 -- 0.7 only; 0.8 and later detect with Lua anyway
  assert(loadstring(block, 'docs/editors.md'))()
  vim.cmd('filetype on')
  local seen = {}
  for _, name in ipairs({ '/srv/units/web.service', '/srv/units/web.service.d/override.conf', '/srv/units/web.d/override.conf',
    '/srv/app.timer', '/etc/supervisor/conf.d/app.conf', '/etc/supervisord.d/app.ini', '/srv/supervisord.conf' }) do
    local scratch = vim.api.nvim_create_buf(false, true)
    vim.filetype.match(name, scratch)
    seen[name] = vim.api.nvim_buf_get_option(scratch, 'filetype')
    vim.api.nvim_buf_delete(scratch, { force = true })
  end
  return seen
end

local ok, err = pcall(function()
  result.filetypes = docs_filetypes()
  local unit, unit_uri = open('tunnel.service')
  result.unit_filetype = vim.bo[unit].filetype
  client_id = vim.lsp.start_client({
    name = 'daemon-config',
    cmd = { 'node', server, '--stdio' },
    root_dir = dir,
    -- The language id is the file type, as with the configurations of docs/editors.md.
    -- Not the host's release (Debian 12: 252), so that the test sees the setting arrive.
    settings = { daemonConfig = { systemd = { version = 250 } } },
    -- 0.7 neither sends the settings nor says it can be asked for them: push them once.
    on_init = function(client)
      client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
    end,
  })
  assert(client_id, 'vim.lsp.start_client returned nil')
  vim.lsp.buf_attach_client(unit, client_id)
  result.initialized = vim.wait(15000, function()
    local c = vim.lsp.get_client_by_id(client_id)
    return c ~= nil and c.initialized == true
  end, 20)
  local client = assert(vim.lsp.get_client_by_id(client_id), 'client gone after initialize')
  result.capabilities = vim.tbl_keys(client.server_capabilities)

  -- 1. diagnostics: pushed by the server after didOpen, and again once it has the settings
  result.got_diagnostics, result.diagnostics = wait_diagnostics(unit, 'RestartSteps')
  result.restrat_line = find(unit, '^Restrat=')

  -- 2. completion after "Type="
  result.completion = request(unit, 'textDocument/completion', { textDocument = { uri = unit_uri }, position = at(unit, '^Type=$', 5) })

  -- 3. hover on KillMode
  result.hover = request(unit, 'textDocument/hover', { textDocument = { uri = unit_uri }, position = at(unit, '^KillMode', 2) })

  -- 4. code actions on the misspelt directive, with the diagnostics the server sent there
  local rl = result.restrat_line
  local here_diags = {}
  for _, d in ipairs(result.diagnostics) do
    if d.lnum == rl then
      table.insert(here_diags, {
        range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } },
        message = d.message, severity = d.severity, code = d.code, data = d.data, source = d.source,
      })
    end
  end
  result.code_actions = request(unit, 'textDocument/codeAction', {
    textDocument = { uri = unit_uri },
    range = { start = { line = rl, character = 0 }, ['end'] = { line = rl, character = 7 } },
    context = { diagnostics = here_diags },
  })

  -- 5. semantic tokens: 0.7 has no client for them, so request and decode with the advertised legend
  local provider = client.server_capabilities.semanticTokensProvider
  local tokens = request(unit, 'textDocument/semanticTokens/full', { textDocument = { uri = unit_uri } })
  if tokens.result and provider then
    result.semantic_tokens = semantic.decode(tokens.result.data, provider.legend, lines_of(unit))
  else
    result.semantic_tokens = tokens
  end

  -- 6. inlay hints (Neovim shows them from 0.10): asked for directly
  local last = #lines_of(unit)
  result.inlay_hints = request(unit, 'textDocument/inlayHint', {
    textDocument = { uri = unit_uri }, range = { start = { line = 0, character = 0 }, ['end'] = { line = last, character = 0 } },
  })

  -- 7. document highlight on db.service in Wants=
  local wants = at(unit, 'db%.service', 1)
  result.highlights = request(unit, 'textDocument/documentHighlight', { textDocument = { uri = unit_uri }, position = wants })

  -- 8. references through Neovim's own command, which fills the quickfix list
  vim.api.nvim_win_set_cursor(0, { wants.line + 1, wants.character })
  vim.fn.setqflist({}, 'r')
  vim.lsp.buf.references({ includeDeclaration = true })
  vim.wait(10000, function() return #vim.fn.getqflist() > 0 end, 20)
  result.references = {}
  for _, item in ipairs(vim.fn.getqflist()) do
    table.insert(result.references, { file = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(item.bufnr), ':t'), lnum = item.lnum, text = item.text })
  end
  vim.cmd('cclose')
  vim.api.nvim_set_current_buf(unit)

  -- 9. workspace symbols: the units of the folder, from disk
  result.workspace_symbols = request(unit, 'workspace/symbol', { query = 'db' })

  -- 10. formatting through Neovim's command, applied to the buffer
  local messy = open('db.service')
  vim.lsp.buf.formatting_sync(nil, 10000)
  result.formatted = lines_of(messy)

  -- 11. a supervisor config: diagnostics, hover, and renaming a program through Neovim's command
  local conf, conf_uri = open('supervisord.conf')
  result.supervisor = { filetype = vim.bo[conf].filetype }
  result.supervisor.got_diagnostics, result.supervisor.diagnostics = wait_diagnostics(conf, 'autostrat')
  result.supervisor.hover = request(conf, 'textDocument/hover', { textDocument = { uri = conf_uri }, position = at(conf, '^autorestart', 3) })
  local worker = at(conf, 'worker%]', 1)
  vim.api.nvim_win_set_cursor(0, { worker.line + 1, worker.character })
  vim.lsp.buf.rename('queue')
  result.supervisor.renamed = vim.wait(10000, function()
    local text = table.concat(lines_of(conf), '\n')
    return text:find('program:queue', 1, true) ~= nil and text:find('programs=queue', 1, true) ~= nil
  end, 20)
  result.supervisor.lines = lines_of(conf)

  -- 12. renaming a unit through Neovim's command. 0.7 cannot rename folders, so the server refuses
  -- while db.service.d/ would have to move; once it is moved by hand, as the refusal says (and the
  -- move reported as a file watcher would: 0.7 has none), the file and the names in open and
  -- unopened files are renamed, with the capabilities 0.7 announces by itself.
  vim.api.nvim_set_current_buf(unit)
  vim.api.nvim_win_set_cursor(0, { wants.line + 1, wants.character })
  local position = { textDocument = { uri = unit_uri }, position = wants }
  result.refused_rename_unit = request(unit, 'textDocument/prepareRename', position)
  assert(vim.loop.fs_rename(dir .. '/db.service.d', dir .. '/database.service.d'))
  client.notify('workspace/didChangeWatchedFiles', { changes = {
    { uri = vim.uri_from_fname(dir .. '/db.service.d'), type = 3 },
    { uri = vim.uri_from_fname(dir .. '/database.service.d'), type = 1 },
  } })
  result.prepare_rename_unit = request(unit, 'textDocument/prepareRename', position)
  vim.v.errmsg = ''
  vim.lsp.buf.rename('database.service')
  result.unit_renamed = vim.wait(10000, function()
    return table.concat(lines_of(unit), '\n'):find('Wants=database.service', 1, true) ~= nil
  end, 20)
  result.rename_errmsg = vim.v.errmsg
  vim.cmd('silent! wall')
  result.after_rename = {}
  for _, name in ipairs(vim.fn.readdir(dir)) do
    local path = dir .. '/' .. name
    result.after_rename[name] = vim.fn.isdirectory(path) == 1 and vim.fn.readdir(path) or vim.fn.readfile(path)
  end

  vim.lsp.stop_client(client_id)
  result.stopped = vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
end)
if not ok then result.error = tostring(err) end
write_result()
vim.cmd('qa!')
