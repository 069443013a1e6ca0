;;; client.el --- Emacs + Eglot as an LSP client of daemon-config's server, in batch mode  -*- lexical-binding: t; -*-
;;
;; Run by emacs.test.ts as
;;   emacs --batch -q -l test/emacs/client.el
;; with DC_CONFIG (the Emacs configuration of docs/editors.md, its server command pointed at
;; dist/server.js), DC_DIR (a folder holding copies of test/neovim/fixtures/) and DC_OUT (where to
;; write the JSON result).  `-q' rather than `-Q': Debian's site files put its Eglot package on the
;; load path.  Batch mode has no command loop, so the test runs `post-command-hook' once by hand
;; where `eglot-ensure' waits for it.  Every wait is for an event, with a cap.

(require 'json)
(require 'cl-lib)

(defvar dc-result nil "The alist written to DC_OUT.")
(defun dc-put (key value) (push (cons key value) dc-result))

(defun dc-wait (predicate seconds)
  "Process server output until PREDICATE holds or SECONDS pass; return whether it held."
  (let ((deadline (+ (float-time) seconds)))
    (while (and (not (funcall predicate)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (and (funcall predicate) t)))

(defun dc-open (name)
  "Visit NAME in DC_DIR as a user would: the mode from `auto-mode-alist', its hooks, one command."
  (find-file (expand-file-name name (getenv "DC_DIR")))
  (run-hooks 'post-command-hook)
  (dc-wait (lambda () (bound-and-true-p eglot--managed-mode)) 15)
  ;; Flymake, switched on by Eglot, starts its first check once the buffer is on display, which
  ;; batch mode may never report: start it as the display would.
  (unless (flymake-running-backends) (flymake-start))
  (current-buffer))

(defun dc-diagnostics (regexp)
  "The Flymake diagnostics of this buffer, once one of them matches REGEXP."
  (dc-wait (lambda () (cl-some (lambda (d) (string-match-p regexp (flymake-diagnostic-text d))) (flymake-diagnostics))) 15)
  (mapcar (lambda (d)
            `((line . ,(1- (line-number-at-pos (flymake-diagnostic-beg d))))
              (type . ,(symbol-name (flymake-diagnostic-type d)))
              (text . ,(flymake-diagnostic-text d))))
          (flymake-diagnostics)))

(defun dc-goto (regexp &optional offset)
  "Put point on the first match of REGEXP, OFFSET characters into it."
  (goto-char (point-min))
  (re-search-forward regexp)
  (goto-char (+ (match-beginning 0) (or offset 0))))

(defun dc-hover-text ()
  "The hover at point, asked the way Eglot's eldoc function asks."
  (let ((hover (jsonrpc-request (eglot--current-server-or-lose) :textDocument/hover
                                (eglot--TextDocumentPositionParams))))
    (plist-get (plist-get hover :contents) :value)))

(defun dc-lines () (split-string (buffer-substring-no-properties (point-min) (point-max)) "\n"))

(defun dc-run ()
  (load (getenv "DC_CONFIG") nil t)
  (require 'eglot)
  (dc-put 'emacs emacs-version)
  (dc-put 'eglot (let ((lib (locate-library "eglot"))) (and lib (file-name-nondirectory (directory-file-name (file-name-directory lib))))))

  ;; A unit: the mode and language id of the configuration, diagnostics, hover, a quick fix
  (dc-open "tunnel.service")
  (dc-put 'unit_mode (symbol-name major-mode))
  (dc-put 'managed (and (bound-and-true-p eglot--managed-mode) t))
  (dc-put 'language_id (eglot--language-id (eglot-current-server)))
  (dc-put 'diagnostics (dc-diagnostics "systemd 250"))
  (dc-goto "^KillMode" 2)
  (dc-put 'hover (dc-hover-text))
  ;; The quick fix, listed and then applied by eglot-code-actions (one quickfix: no prompt)
  (dc-goto "^Restrat")
  (dc-put 'code_actions (mapcar (lambda (a) (plist-get a :title)) (eglot-code-actions (point) (line-end-position))))
  (eglot-code-actions (point) (line-end-position) "quickfix" t)
  (dc-put 'fixed_line (buffer-substring-no-properties (line-beginning-position) (line-end-position)))
  ;; References through xref, as M-? asks for them
  (dc-goto "db\\.service" 1)
  (let* ((backend (xref-find-backend))
         (items (xref-backend-references backend (xref-backend-identifier-at-point backend))))
    (dc-put 'references
            (mapcar (lambda (item)
                      (let ((location (xref-item-location item)))
                        (format "%s:%d" (file-name-nondirectory (xref-location-group location)) (xref-location-line location))))
                    items)))
  ;; Renaming a unit renames its file: Eglot cannot, and the server says so
  (dc-put 'unit_rename (condition-case err (progn (eglot-rename "database.service") "renamed")
                         (error (error-message-string err))))

  ;; Formatting through eglot-format-buffer
  (dc-open "db.service")
  (eglot-format-buffer)
  (dc-put 'formatted (dc-lines))

  ;; A supervisor config: diagnostics, hover, and a program renamed with eglot-rename
  (dc-open "supervisord.conf")
  (dc-put 'supervisor_mode (symbol-name major-mode))
  (dc-put 'supervisor_diagnostics (dc-diagnostics "autostrat"))
  (dc-goto "^autorestart" 3)
  (dc-put 'supervisor_hover (dc-hover-text))
  (dc-goto "worker\\]" 1)
  (eglot-rename "queue")
  (dc-put 'supervisor_lines (dc-lines))

  (let ((server (eglot-current-server)))
    (eglot-shutdown server)
    (dc-put 'stopped (not (jsonrpc-running-p server)))))

(condition-case err
    (dc-run)
  (error (dc-put 'error (error-message-string err))))
(with-temp-file (getenv "DC_OUT")
  (insert (json-encode dc-result)))
(kill-emacs 0)
