" Vim with ALE as an LSP client of daemon-config's server, headless. Run by vim.test.ts as
"   vim --not-a-term -N -n -i NONE -u NONE -c 'source test/vim/client.vim'
" with DC_CONFIG (the Vim block of docs/editors.md, its server command pointed at dist/server.js),
" DC_DIR (a folder holding copies of test/neovim/fixtures/) and DC_OUT (where to write the JSON
" result). Commands are the ones a user types; the prompt of :ALERename gets its answer through
" the typeahead (feedkeys). Every wait is for an event, with a cap.
let s:result = {}
" Buffers changed by a quick fix stay loaded while the test opens the next file.
set hidden

function! s:Wait(Predicate, ms) abort
  let l:waited = 0
  while !a:Predicate() && l:waited < a:ms
    sleep 20m
    let l:waited += 20
  endwhile
  return a:Predicate() ? v:true : v:false
endfunction

function! s:Open(name) abort
  execute 'edit ' . fnameescape($DC_DIR . '/' . a:name)
  return bufnr('')
endfunction

" ALE's diagnostics of the buffer, once one of them matches the pattern.
function! s:Diagnostics(buffer, pattern) abort
  call s:Wait({-> !empty(filter(copy(ale#engine#GetLoclist(a:buffer)), 'v:val.text =~# a:pattern'))}, 15000)
  return map(copy(ale#engine#GetLoclist(a:buffer)), '{"lnum": v:val.lnum, "type": v:val.type, "text": v:val.text}')
endfunction

" Puts the cursor on the first match of the pattern, `offset` characters into it.
function! s:Goto(pattern, offset) abort
  call cursor(1, 1)
  call search(a:pattern, 'cW')
  call cursor(line('.'), col('.') + a:offset)
endfunction

function! s:PreviewLines() abort
  for l:win in range(1, winnr('$'))
    if getwinvar(l:win, '&previewwindow')
      return getbufline(winbufnr(l:win), 1, '$')
    endif
  endfor
  return []
endfunction

function! s:Run() abort
  execute 'source ' . fnameescape($DC_CONFIG)
  let s:result.vim = v:version
  let s:result.ale = exists(':ALEHover') == 2 ? v:true : v:false

  " A unit: its file type, diagnostics, hover, references, the quick fix
  let l:unit = s:Open('tunnel.service')
  let s:result.unit_filetype = &filetype
  let s:result.diagnostics = s:Diagnostics(l:unit, 'RestartSteps.*250')

  let g:ale_hover_to_preview = 1
  call s:Goto('^KillMode', 2)
  ALEHover
  call s:Wait({-> !empty(s:PreviewLines())}, 10000)
  let s:result.hover = join(s:PreviewLines(), "\n")
  pclose

  call s:Goto('db\.service', 1)
  call setqflist([], 'r')
  ALEFindReferences -quickfix
  call s:Wait({-> !empty(getqflist())}, 10000)
  let s:result.references = map(getqflist(), 'fnamemodify(bufname(v:val.bufnr), ":t") . ":" . v:val.lnum')
  cclose
  execute 'buffer ' . l:unit

  " The quick fix: ALE sends the diagnostic back without its data, and the server finds its fixes
  " by code, range and message; ALE lists them and reads the number of the one to apply
  call s:Goto('^Restrat', 0)
  let l:line = line('.')
  call feedkeys("1\<CR>", 't')
  ALECodeAction
  call s:Wait({-> getline(l:line) !=# 'Restrat=always' || execute('messages') =~# 'code actions'}, 10000)
  let s:result.code_action_line = getline(l:line)
  let s:result.code_action_message = matchstr(execute('messages'), '[^\n]*code actions[^\n]*')

  " Renaming a unit renames its file, which ALE cannot do: the server refuses
  call s:Goto('db\.service', 1)
  call feedkeys("\<C-u>database.service\<CR>", 't')
  ALERename
  call s:Wait({-> execute('messages') =~# 'rename result'}, 10000)
  let s:result.unit_rename = matchstr(execute('messages'), '[^\n]*rename result[^\n]*')
  let s:result.unit_lines = getline(1, '$')

  " A supervisor config: diagnostics, and a program renamed by :ALERename
  let l:conf = s:Open('supervisord.conf')
  let s:result.supervisor_filetype = &filetype
  let s:result.supervisor_diagnostics = s:Diagnostics(l:conf, 'autostrat')
  call s:Goto('worker\]', 1)
  call feedkeys("\<C-u>queue\<CR>", 't')
  ALERename
  call s:Wait({-> getline(search('^programs=', 'nw')) ==# 'programs=queue'}, 10000)
  let s:result.supervisor_lines = getline(1, '$')
endfunction

try
  call s:Run()
catch
  let s:result.error = v:exception . ' at ' . v:throwpoint
endtry
call writefile([json_encode(s:result)], $DC_OUT)
qa!
