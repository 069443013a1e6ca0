-- Neovim (0.7 and later) applies the conversion code actions: run by convertNeovim.test.ts as
--   nvim --headless -n -i NONE -u NONE --noplugin -c "luafile test/integration/convertNeovim.lua"
-- with DC_SERVER, DC_DIR (the workspace) and DC_OUT (the JSON result). It asks for the actions on
-- a program and on a unit, applies each edit the way Neovim's code-action menu does
-- (vim.lsp.util.apply_workspace_edit), and writes every buffer, as a user saves after the action.
local server = assert(os.getenv('DC_SERVER'))
local dir = assert(os.getenv('DC_DIR'))
local out = assert(os.getenv('DC_OUT'))
local result = {}
local client_id
-- The documents the server has published diagnostics for (even none): it has analysed them.
local published = {}
local default_publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
  published[params.uri] = true
  return default_publish(err, params, ctx, config)
end

local function open(name)
  vim.cmd('edit ' .. vim.fn.fnameescape(dir .. '/' .. name))
  local bufnr = vim.api.nvim_get_current_buf()
  if client_id then vim.lsp.buf_attach_client(bufnr, client_id) end
  return bufnr
end

local function apply_actions(bufnr, line)
  -- Wait until the server has analysed the file (its diagnostics arrive), then ask.
  local uri = vim.uri_from_bufnr(bufnr)
  assert(vim.wait(15000, function() return published[uri] == true end, 20), 'no diagnostics for ' .. uri)
  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, range = { start = { line = line, character = 0 }, ['end'] = { line = line, character = 0 } }, context = { diagnostics = {} } }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 10000) or {}
  local actions = (responses[client_id] or {}).result or {}
  local titles = {}
  for _, action in ipairs(actions) do
    -- The hardening actions of a service line come too; only the conversions are this test's.
    if string.find(action.kind or '', 'convert', 1, true) then table.insert(titles, action.title) end
    if action.kind == 'refactor.rewrite.convert' and action.edit then vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16') end
  end
  return titles
end

local ok, err = pcall(function()
  local program = open('sv/conf.d/web.conf')
  client_id = vim.lsp.start_client({ name = 'daemon-config', cmd = { 'node', server, '--stdio' }, root_dir = dir })
  assert(client_id, 'vim.lsp.start_client returned nil')
  vim.lsp.buf_attach_client(program, client_id)
  assert(vim.wait(15000, function() local c = vim.lsp.get_client_by_id(client_id); return c ~= nil and c.initialized == true end, 20), 'not initialized')
  result.program_titles = apply_actions(program, 1)
  local unit = open('api.service')
  result.unit_titles = apply_actions(unit, 1)
  vim.cmd('silent! wall')
end)
if not ok then result.error = tostring(err) end
local f = assert(io.open(out, 'w'))
f:write(vim.fn.json_encode(result))
f:close()
vim.cmd('qall!')
