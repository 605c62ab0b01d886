function __casekit_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __casekit_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __casekit_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __casekit_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __casekit_parse_tokens -S
    set -l unparsed_tokens (__casekit_tokens -pc)
    switch $unparsed_tokens[1]
    case 'casekit'
        __casekit_parse_subcommand 0 'db=' 'no-color' 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'today'
            __casekit_parse_subcommand 0 'customer=' 'context=' 'all' 'limit=' 'json' 'db=' 'no-color' 'version' 'h/help'
        case 'open'
            __casekit_parse_subcommand 1 'customer=' 'ref=' 'allow-duplicate-ref' 'next=' 'due=' 'context=' 'priority=' 'tag=+' 'outcome=' 'mood=' 'db=' 'no-color' 'version' 'h/help'
        case 'list'
            __casekit_parse_subcommand 0 'all' 'status=' 'customer=' 'context=' 'tag=+' 'escalated' 'overdue' 'sort=' 'limit=' 'json' 'db=' 'no-color' 'version' 'h/help'
        case 'show'
            __casekit_parse_subcommand 1 'json' 'db=' 'no-color' 'version' 'h/help'
        case 'edit'
            __casekit_parse_subcommand 1 'title=' 'customer=' 'ref=' 'priority=' 'tag=+' 'outcome=' 'db=' 'no-color' 'version' 'h/help'
        case 'note'
            __casekit_parse_subcommand 2 'mood=' 'db=' 'no-color' 'version' 'h/help'
        case 'next'
            __casekit_parse_subcommand 2 'due=' 'context=' 'db=' 'no-color' 'version' 'h/help'
        case 'done'
            __casekit_parse_subcommand 1 'note=' 'next=' 'due=' 'context=' 'db=' 'no-color' 'version' 'h/help'
        case 'wait'
            __casekit_parse_subcommand 1 'on=' 'until=' 'db=' 'no-color' 'version' 'h/help'
        case 'resume'
            __casekit_parse_subcommand 1 'note=' 'db=' 'no-color' 'version' 'h/help'
        case 'escalate'
            __casekit_parse_subcommand 1 'to=' 'reason=' 'update-every=' 'db=' 'no-color' 'version' 'h/help'
        case 'deescalate'
            __casekit_parse_subcommand 1 'note=' 'db=' 'no-color' 'version' 'h/help'
        case 'resolve'
            __casekit_parse_subcommand 1 'note=' 'checkin=' 'no-checkin' 'db=' 'no-color' 'version' 'h/help'
        case 'close'
            __casekit_parse_subcommand -r 1 'force' 'db=' 'no-color' 'version' 'h/help'
        case 'reopen'
            __casekit_parse_subcommand 1 'db=' 'no-color' 'version' 'h/help'
        case 'checkin'
            __casekit_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'add'
                __casekit_parse_subcommand 2 'note=' 'channel=' 'db=' 'no-color' 'version' 'h/help'
            case 'done'
                __casekit_parse_subcommand -r 1 'note=' 'mood=' 'channel=' 'checkin=' 'db=' 'no-color' 'version' 'h/help'
            case 'skip'
                __casekit_parse_subcommand -r 1 'note=' 'checkin=' 'db=' 'no-color' 'version' 'h/help'
            case 'move'
                __casekit_parse_subcommand 2 'checkin=' 'db=' 'no-color' 'version' 'h/help'
            case 'list'
                __casekit_parse_subcommand 0 'overdue' 'within=' 'customer=' 'context=' 'json' 'db=' 'no-color' 'version' 'h/help'
            end
        case 'review'
            __casekit_parse_subcommand 0 'stale-after=' 'format=' 'mark-reviewed' 'walk' 'json' 'db=' 'no-color' 'version' 'h/help'
        case 'export'
            __casekit_parse_subcommand 0 'format=' 'o/output=' 'db=' 'no-color' 'version' 'h/help'
        case 'import'
            __casekit_parse_subcommand 1 'dry-run' 'db=' 'no-color' 'version' 'h/help'
        case 'backup'
            __casekit_parse_subcommand 1 'force' 'db=' 'no-color' 'version' 'h/help'
        case 'config'
            __casekit_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __casekit_parse_subcommand 0 'json' 'db=' 'no-color' 'version' 'h/help'
            case 'get'
                __casekit_parse_subcommand 1 'db=' 'no-color' 'version' 'h/help'
            case 'set'
                __casekit_parse_subcommand -r 2 'add' 'db=' 'no-color' 'version' 'h/help'
            case 'unset'
                __casekit_parse_subcommand -r 2 'db=' 'no-color' 'version' 'h/help'
            case 'holiday'
                __casekit_parse_subcommand 0 'version' 'h/help'
                switch $unparsed_tokens[1]
                case 'add'
                    __casekit_parse_subcommand 1 'name=' 'db=' 'no-color' 'version' 'h/help'
                case 'list'
                    __casekit_parse_subcommand 0 'json' 'db=' 'no-color' 'version' 'h/help'
                case 'remove'
                    __casekit_parse_subcommand -r 1 'db=' 'no-color' 'version' 'h/help'
                case 'import'
                    __casekit_parse_subcommand 1 'db=' 'no-color' 'version' 'h/help'
                end
            end
        case 'completions'
            __casekit_parse_subcommand 1 'version' 'h/help'
        case 'help'
            __casekit_parse_subcommand -r 1 'version'
        end
    end
end

function __casekit_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __casekit_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __casekit_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __casekit_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__casekit_tokens -p)
    if test -z "$(__casekit_tokens -t)"
        set -l index (count (__casekit_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'casekit' -f
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit" db' -l 'db' -d 'The database file (default: $CASEKIT_DB, else $XDG_DATA_HOME/casekit/casekit.sqlite3, else ~/.local/share/casekit/casekit.sqlite3).' -rF
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit" no-color' -l 'no-color' -d 'Never color the output (also: NO_COLOR=1).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit" version' -l 'version' -d 'Show the version.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit" -eq 1' -fa 'today' -d 'The daily agenda: everything owed today, most urgent first (also plain \'casekit\').'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit" -eq 1' -fa 'open' -d 'Open a case and print its id.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit" -eq 1' -fa 'list' -d 'List cases: the active ones (open, waiting, escalated) unless told otherwise.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit" -eq 1' -fa 'show' -d 'Show a case: its fields, next action, check-ins and full timeline.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit" -eq 1' -fa 'edit' -d 'Change a case\'s fields.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit" -eq 1' -fa 'note' -d 'Add a note to a case\'s timeline.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit" -eq 1' -fa 'next' -d 'Set a case\'s next action (replaces the pending one).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit" -eq 1' -fa 'done' -d 'Complete a case\'s pending next action, and say what\'s next.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit" -eq 1' -fa 'wait' -d 'Put a case on hold, waiting on the customer or a third party.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit" -eq 1' -fa 'resume' -d 'End a wait: the case is open again.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit" -eq 1' -fa 'escalate' -d 'Send a case to extra innings: escalate it to another team.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit" -eq 1' -fa 'deescalate' -d 'Bring a case back from extra innings: the answer came.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit" -eq 1' -fa 'resolve' -d 'Mark a case resolved, and schedule the follow-up check-in.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit" -eq 1' -fa 'close' -d 'Close resolved cases for good.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit" -eq 1' -fa 'reopen' -d 'Reopen a resolved or closed case.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit" -eq 1' -fa 'checkin' -d 'Schedule and record customer check-ins.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit" -eq 1' -fa 'review' -d 'The weekly review: what is stale, vague, overdue or missing a follow-up.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit" -eq 1' -fa 'export' -d 'Export every case: JSON (for import), CSV (for a spreadsheet) or ICS (for a calendar).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit" -eq 1' -fa 'import' -d 'Import a JSON export, merging by uuid (all or nothing).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit" -eq 1' -fa 'backup' -d 'Copy the database safely, even while casekit is in use.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit" -eq 1' -fa 'config' -d 'Show and change the settings stored in the database.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit" -eq 1' -fa 'completions' -d 'Print the shell completion script.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit today" customer' -l 'customer' -d 'Only this customer\'s items (ignoring case).' -rfka '(__casekit_custom_completion ---completion today -- --customer)'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit today" context' -l 'context' -d 'Only what is done in this context: next actions with it, check-ins on the channel of that name (@phone, @email).' -rfka '(__casekit_custom_completion ---completion today -- --context)'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit today" all' -l 'all' -d 'Every item of every section.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit today" limit' -l 'limit' -d 'Show at most this many items per section (default: 10).' -rfka ''
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit today" json' -l 'json' -d 'Print JSON (its shape is documented in Docs/json.md).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit today" db' -l 'db' -d 'The database file (default: $CASEKIT_DB, else $XDG_DATA_HOME/casekit/casekit.sqlite3, else ~/.local/share/casekit/casekit.sqlite3).' -rF
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit today" no-color' -l 'no-color' -d 'Never color the output (also: NO_COLOR=1).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit today" version' -l 'version' -d 'Show the version.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit today" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit open" customer' -l 'customer' -d 'The customer (person or company).' -rfka '(__casekit_custom_completion ---completion open -- --customer)'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit open" ref' -l 'ref' -d 'The ticket id in the help desk, e.g. ZD-4411.' -rfka ''
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit open" allow-duplicate-ref' -l 'allow-duplicate-ref' -d 'Open the case even though an active case already has this --ref.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit open" next' -l 'next' -d 'The first next action: a concrete physical step.' -rfka ''
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit open" due' -l 'due' -d 'When the next action is due.' -rfka 'today tomorrow yesterday monday mon tuesday tue wednesday wed thursday thu friday fri saturday sat sunday sun eow eom nwd +1d +2d +3d +1bd +2bd +3bd 1w 2w 1m'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit open" context' -l 'context' -d 'Where the next action happens, e.g. @phone.' -rfka '(__casekit_custom_completion ---completion open -- --context)'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit open" priority' -l 'priority' -d 'How urgent the case is.' -rfka 'low normal high urgent'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit open"' -l 'tag' -d 'A tag (repeat for more).' -rfka '(__casekit_custom_completion ---completion open -- --tag)'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit open" outcome' -l 'outcome' -d 'What "done" looks like for the customer.' -rfka ''
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit open" mood' -l 'mood' -d 'How the customer feels.' -rfka 'calm confused anxious frustrated angry happy'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit open" db' -l 'db' -d 'The database file (default: $CASEKIT_DB, else $XDG_DATA_HOME/casekit/casekit.sqlite3, else ~/.local/share/casekit/casekit.sqlite3).' -rF
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit open" no-color' -l 'no-color' -d 'Never color the output (also: NO_COLOR=1).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit open" version' -l 'version' -d 'Show the version.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit open" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit list" all' -l 'all' -d 'Every case, resolved and closed included.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit list" status' -l 'status' -d 'Only cases with this status.' -rfka 'open waiting escalated resolved closed'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit list" customer' -l 'customer' -d 'Only this customer\'s cases (ignoring case).' -rfka '(__casekit_custom_completion ---completion list -- --customer)'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit list" context' -l 'context' -d 'Only cases whose next action is done in this context (@phone, @email).' -rfka '(__casekit_custom_completion ---completion list -- --context)'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit list"' -l 'tag' -d 'Only cases with this tag (repeat: all of them).' -rfka '(__casekit_custom_completion ---completion list -- --tag)'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit list" escalated' -l 'escalated' -d 'Only escalated cases (extra innings).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit list" overdue' -l 'overdue' -d 'Only cases with something overdue.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit list" sort' -l 'sort' -d 'The order of the rows.' -rfka 'due updated priority id'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit list" limit' -l 'limit' -d 'Show at most this many cases.' -rfka ''
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit list" json' -l 'json' -d 'Print JSON (its shape is documented in Docs/json.md).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit list" db' -l 'db' -d 'The database file (default: $CASEKIT_DB, else $XDG_DATA_HOME/casekit/casekit.sqlite3, else ~/.local/share/casekit/casekit.sqlite3).' -rF
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit list" no-color' -l 'no-color' -d 'Never color the output (also: NO_COLOR=1).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit list" version' -l 'version' -d 'Show the version.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit show" -eq 1' -fka '(__casekit_custom_completion ---completion show -- positional@0)'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit show" json' -l 'json' -d 'Print JSON (its shape is documented in Docs/json.md).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit show" db' -l 'db' -d 'The database file (default: $CASEKIT_DB, else $XDG_DATA_HOME/casekit/casekit.sqlite3, else ~/.local/share/casekit/casekit.sqlite3).' -rF
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit show" no-color' -l 'no-color' -d 'Never color the output (also: NO_COLOR=1).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit show" version' -l 'version' -d 'Show the version.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit edit" -eq 1' -fka '(__casekit_custom_completion ---completion edit -- positional@0)'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit edit" title' -l 'title' -d 'A new title.' -rfka ''
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit edit" customer' -l 'customer' -d 'The customer (empty clears it).' -rfka '(__casekit_custom_completion ---completion edit -- --customer)'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit edit" ref' -l 'ref' -d 'The help-desk ticket id (empty clears it).' -rfka ''
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit edit" priority' -l 'priority' -d 'How urgent the case is.' -rfka 'low normal high urgent'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit edit"' -l 'tag' -d '+T adds a tag, -T removes it (repeatable).' -rfka '(__casekit_custom_completion ---completion edit -- --tag)'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit edit" outcome' -l 'outcome' -d 'What "done" looks like (empty clears it).' -rfka ''
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit edit" db' -l 'db' -d 'The database file (default: $CASEKIT_DB, else $XDG_DATA_HOME/casekit/casekit.sqlite3, else ~/.local/share/casekit/casekit.sqlite3).' -rF
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit edit" no-color' -l 'no-color' -d 'Never color the output (also: NO_COLOR=1).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit edit" version' -l 'version' -d 'Show the version.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit edit" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit note" -eq 1' -fka '(__casekit_custom_completion ---completion note -- positional@0)'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit note" mood' -l 'mood' -d 'How the customer feels.' -rfka 'calm confused anxious frustrated angry happy'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit note" db' -l 'db' -d 'The database file (default: $CASEKIT_DB, else $XDG_DATA_HOME/casekit/casekit.sqlite3, else ~/.local/share/casekit/casekit.sqlite3).' -rF
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit note" no-color' -l 'no-color' -d 'Never color the output (also: NO_COLOR=1).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit note" version' -l 'version' -d 'Show the version.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit note" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit next" -eq 1' -fka '(__casekit_custom_completion ---completion next -- positional@0)'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit next" due' -l 'due' -d 'When it is due.' -rfka 'today tomorrow yesterday monday mon tuesday tue wednesday wed thursday thu friday fri saturday sat sunday sun eow eom nwd +1d +2d +3d +1bd +2bd +3bd 1w 2w 1m'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit next" context' -l 'context' -d 'Where it happens, e.g. @phone.' -rfka '(__casekit_custom_completion ---completion next -- --context)'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit next" db' -l 'db' -d 'The database file (default: $CASEKIT_DB, else $XDG_DATA_HOME/casekit/casekit.sqlite3, else ~/.local/share/casekit/casekit.sqlite3).' -rF
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit next" no-color' -l 'no-color' -d 'Never color the output (also: NO_COLOR=1).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit next" version' -l 'version' -d 'Show the version.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit next" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit done" -eq 1' -fka '(__casekit_custom_completion ---completion done -- positional@0)'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit done" note' -l 'note' -d 'What came of it.' -rfka ''
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit done" next' -l 'next' -d 'The following next action.' -rfka ''
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit done" due' -l 'due' -d 'When the following action is due.' -rfka 'today tomorrow yesterday monday mon tuesday tue wednesday wed thursday thu friday fri saturday sat sunday sun eow eom nwd +1d +2d +3d +1bd +2bd +3bd 1w 2w 1m'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit done" context' -l 'context' -d 'Where the following action happens.' -rfka '(__casekit_custom_completion ---completion done -- --context)'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit done" db' -l 'db' -d 'The database file (default: $CASEKIT_DB, else $XDG_DATA_HOME/casekit/casekit.sqlite3, else ~/.local/share/casekit/casekit.sqlite3).' -rF
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit done" no-color' -l 'no-color' -d 'Never color the output (also: NO_COLOR=1).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit done" version' -l 'version' -d 'Show the version.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit done" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit wait" -eq 1' -fka '(__casekit_custom_completion ---completion wait -- positional@0)'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit wait" on' -l 'on' -d 'Who the case waits on.' -rfka ''
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit wait" until' -l 'until' -d 'When to follow up (default: the wait setting, 3bd).' -rfka 'today tomorrow yesterday monday mon tuesday tue wednesday wed thursday thu friday fri saturday sat sunday sun eow eom nwd +1d +2d +3d +1bd +2bd +3bd 1w 2w 1m'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit wait" db' -l 'db' -d 'The database file (default: $CASEKIT_DB, else $XDG_DATA_HOME/casekit/casekit.sqlite3, else ~/.local/share/casekit/casekit.sqlite3).' -rF
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit wait" no-color' -l 'no-color' -d 'Never color the output (also: NO_COLOR=1).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit wait" version' -l 'version' -d 'Show the version.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit wait" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit resume" -eq 1' -fka '(__casekit_custom_completion ---completion resume -- positional@0)'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit resume" note' -l 'note' -d 'What ended the wait.' -rfka ''
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit resume" db' -l 'db' -d 'The database file (default: $CASEKIT_DB, else $XDG_DATA_HOME/casekit/casekit.sqlite3, else ~/.local/share/casekit/casekit.sqlite3).' -rF
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit resume" no-color' -l 'no-color' -d 'Never color the output (also: NO_COLOR=1).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit resume" version' -l 'version' -d 'Show the version.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit resume" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit escalate" -eq 1' -fka '(__casekit_custom_completion ---completion escalate -- positional@0)'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit escalate" to' -l 'to' -d 'The team that has it now.' -rfka '(__casekit_custom_completion ---completion escalate -- --to)'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit escalate" reason' -l 'reason' -d 'Why it is escalated.' -rfka ''
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit escalate" update-every' -l 'update-every' -d 'How often the customer gets an update: 12h, 2d, 1bd (working days), 1w… (default: the update-every setting, 2bd).' -rfka ''
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit escalate" db' -l 'db' -d 'The database file (default: $CASEKIT_DB, else $XDG_DATA_HOME/casekit/casekit.sqlite3, else ~/.local/share/casekit/casekit.sqlite3).' -rF
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit escalate" no-color' -l 'no-color' -d 'Never color the output (also: NO_COLOR=1).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit escalate" version' -l 'version' -d 'Show the version.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit escalate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit deescalate" -eq 1' -fka '(__casekit_custom_completion ---completion deescalate -- positional@0)'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit deescalate" note' -l 'note' -d 'The answer from the team.' -rfka ''
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit deescalate" db' -l 'db' -d 'The database file (default: $CASEKIT_DB, else $XDG_DATA_HOME/casekit/casekit.sqlite3, else ~/.local/share/casekit/casekit.sqlite3).' -rF
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit deescalate" no-color' -l 'no-color' -d 'Never color the output (also: NO_COLOR=1).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit deescalate" version' -l 'version' -d 'Show the version.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit deescalate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit resolve" -eq 1' -fka '(__casekit_custom_completion ---completion resolve -- positional@0)'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit resolve" note' -l 'note' -d 'The resolution.' -rfka ''
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit resolve" checkin' -l 'checkin' -d 'When to check back with the customer (default: the follow-up setting, 3bd).' -rfka 'today tomorrow yesterday monday mon tuesday tue wednesday wed thursday thu friday fri saturday sat sunday sun eow eom nwd +1d +2d +3d +1bd +2bd +3bd 1w 2w 1m'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit resolve" no-checkin' -l 'no-checkin' -d 'Schedule no follow-up check-in.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit resolve" db' -l 'db' -d 'The database file (default: $CASEKIT_DB, else $XDG_DATA_HOME/casekit/casekit.sqlite3, else ~/.local/share/casekit/casekit.sqlite3).' -rF
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit resolve" no-color' -l 'no-color' -d 'Never color the output (also: NO_COLOR=1).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit resolve" version' -l 'version' -d 'Show the version.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit resolve" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit close" -ge 1' -fka '(__casekit_custom_completion ---completion close -- positional@0)'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit close" force' -l 'force' -d 'Close even though a follow-up check-in is pending (it is skipped).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit close" db' -l 'db' -d 'The database file (default: $CASEKIT_DB, else $XDG_DATA_HOME/casekit/casekit.sqlite3, else ~/.local/share/casekit/casekit.sqlite3).' -rF
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit close" no-color' -l 'no-color' -d 'Never color the output (also: NO_COLOR=1).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit close" version' -l 'version' -d 'Show the version.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit close" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit reopen" -eq 1' -fka '(__casekit_custom_completion ---completion reopen -- positional@0)'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit reopen" db' -l 'db' -d 'The database file (default: $CASEKIT_DB, else $XDG_DATA_HOME/casekit/casekit.sqlite3, else ~/.local/share/casekit/casekit.sqlite3).' -rF
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit reopen" no-color' -l 'no-color' -d 'Never color the output (also: NO_COLOR=1).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit reopen" version' -l 'version' -d 'Show the version.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit reopen" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit checkin" version' -l 'version' -d 'Show the version.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit checkin" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit checkin" -eq 1' -fa 'add' -d 'Schedule a check-in with the customer.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit checkin" -eq 1' -fa 'done' -d 'Record a check-in: completes the earliest pending one, or logs an unscheduled contact.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit checkin" -eq 1' -fa 'skip' -d 'Skip the earliest pending check-in (or --checkin N).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit checkin" -eq 1' -fa 'move' -d 'Reschedule the earliest pending check-in (or --checkin N).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit checkin" -eq 1' -fa 'list' -d 'List pending check-ins across cases, soonest first.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit checkin add" -eq 1' -fka '(__casekit_custom_completion ---completion checkin add -- positional@0)'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit checkin add" -eq 2' -fka 'today tomorrow yesterday monday mon tuesday tue wednesday wed thursday thu friday fri saturday sat sunday sun eow eom nwd +1d +2d +3d +1bd +2bd +3bd 1w 2w 1m'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit checkin add" note' -l 'note' -d 'The purpose of the check-in.' -rfka ''
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit checkin add" channel' -l 'channel' -d 'How you will reach the customer.' -rfka 'email phone chat other'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit checkin add" db' -l 'db' -d 'The database file (default: $CASEKIT_DB, else $XDG_DATA_HOME/casekit/casekit.sqlite3, else ~/.local/share/casekit/casekit.sqlite3).' -rF
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit checkin add" no-color' -l 'no-color' -d 'Never color the output (also: NO_COLOR=1).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit checkin add" version' -l 'version' -d 'Show the version.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit checkin add" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit checkin done" -ge 1' -fka '(__casekit_custom_completion ---completion checkin done -- positional@0)'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit checkin done" note' -l 'note' -d 'What came of it.' -rfka ''
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit checkin done" mood' -l 'mood' -d 'How the customer sounded.' -rfka 'calm confused anxious frustrated angry happy'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit checkin done" channel' -l 'channel' -d 'How you reached them.' -rfka 'email phone chat other'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit checkin done" checkin' -l 'checkin' -d 'Act on check-in N instead of the earliest pending one.' -rfka '(__casekit_custom_completion ---completion checkin done -- --checkin)'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit checkin done" db' -l 'db' -d 'The database file (default: $CASEKIT_DB, else $XDG_DATA_HOME/casekit/casekit.sqlite3, else ~/.local/share/casekit/casekit.sqlite3).' -rF
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit checkin done" no-color' -l 'no-color' -d 'Never color the output (also: NO_COLOR=1).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit checkin done" version' -l 'version' -d 'Show the version.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit checkin done" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit checkin skip" -ge 1' -fka '(__casekit_custom_completion ---completion checkin skip -- positional@0)'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit checkin skip" note' -l 'note' -d 'Why it is skipped.' -rfka ''
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit checkin skip" checkin' -l 'checkin' -d 'Act on check-in N instead of the earliest pending one.' -rfka '(__casekit_custom_completion ---completion checkin skip -- --checkin)'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit checkin skip" db' -l 'db' -d 'The database file (default: $CASEKIT_DB, else $XDG_DATA_HOME/casekit/casekit.sqlite3, else ~/.local/share/casekit/casekit.sqlite3).' -rF
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit checkin skip" no-color' -l 'no-color' -d 'Never color the output (also: NO_COLOR=1).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit checkin skip" version' -l 'version' -d 'Show the version.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit checkin skip" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit checkin move" -eq 1' -fka '(__casekit_custom_completion ---completion checkin move -- positional@0)'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit checkin move" -eq 2' -fka 'today tomorrow yesterday monday mon tuesday tue wednesday wed thursday thu friday fri saturday sat sunday sun eow eom nwd +1d +2d +3d +1bd +2bd +3bd 1w 2w 1m'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit checkin move" checkin' -l 'checkin' -d 'Act on check-in N instead of the earliest pending one.' -rfka '(__casekit_custom_completion ---completion checkin move -- --checkin)'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit checkin move" db' -l 'db' -d 'The database file (default: $CASEKIT_DB, else $XDG_DATA_HOME/casekit/casekit.sqlite3, else ~/.local/share/casekit/casekit.sqlite3).' -rF
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit checkin move" no-color' -l 'no-color' -d 'Never color the output (also: NO_COLOR=1).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit checkin move" version' -l 'version' -d 'Show the version.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit checkin move" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit checkin list" overdue' -l 'overdue' -d 'Only overdue check-ins.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit checkin list" within' -l 'within' -d 'Only check-ins due within this interval: 12h, 3d, 2bd (working days), 2w, 1m.' -rfka ''
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit checkin list" customer' -l 'customer' -d 'Only this customer\'s items (ignoring case).' -rfka '(__casekit_custom_completion ---completion checkin list -- --customer)'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit checkin list" context' -l 'context' -d 'Only what is done in this context: next actions with it, check-ins on the channel of that name (@phone, @email).' -rfka '(__casekit_custom_completion ---completion checkin list -- --context)'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit checkin list" json' -l 'json' -d 'Print JSON (its shape is documented in Docs/json.md).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit checkin list" db' -l 'db' -d 'The database file (default: $CASEKIT_DB, else $XDG_DATA_HOME/casekit/casekit.sqlite3, else ~/.local/share/casekit/casekit.sqlite3).' -rF
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit checkin list" no-color' -l 'no-color' -d 'Never color the output (also: NO_COLOR=1).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit checkin list" version' -l 'version' -d 'Show the version.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit checkin list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit review" stale-after' -l 'stale-after' -d 'A case is stale after this long without activity (default: the stale-after setting, 7d); 5bd counts working days.' -rfka ''
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit review" format' -l 'format' -d 'text for the terminal, markdown to share in a review session, json for scripts.' -rfka 'text markdown json'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit review" mark-reviewed' -l 'mark-reviewed' -d 'Record this review (for \'wins since the last review\').'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit review" walk' -l 'walk' -d 'Go through the findings one case at a time, answering from standard input.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit review" json' -l 'json' -d 'Print JSON (its shape is documented in Docs/json.md).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit review" db' -l 'db' -d 'The database file (default: $CASEKIT_DB, else $XDG_DATA_HOME/casekit/casekit.sqlite3, else ~/.local/share/casekit/casekit.sqlite3).' -rF
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit review" no-color' -l 'no-color' -d 'Never color the output (also: NO_COLOR=1).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit review" version' -l 'version' -d 'Show the version.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit review" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit export" format' -l 'format' -d 'JSON to import again, CSV for a spreadsheet, ICS for a calendar.' -rfka 'json csv ics'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit export" o output' -l 'output' -s 'o' -d 'Write to this file instead of standard output.' -rF
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit export" db' -l 'db' -d 'The database file (default: $CASEKIT_DB, else $XDG_DATA_HOME/casekit/casekit.sqlite3, else ~/.local/share/casekit/casekit.sqlite3).' -rF
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit export" no-color' -l 'no-color' -d 'Never color the output (also: NO_COLOR=1).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit export" version' -l 'version' -d 'Show the version.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit import" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit import" dry-run' -l 'dry-run' -d 'Report what would change, and change nothing.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit import" db' -l 'db' -d 'The database file (default: $CASEKIT_DB, else $XDG_DATA_HOME/casekit/casekit.sqlite3, else ~/.local/share/casekit/casekit.sqlite3).' -rF
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit import" no-color' -l 'no-color' -d 'Never color the output (also: NO_COLOR=1).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit import" version' -l 'version' -d 'Show the version.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit import" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit backup" -eq 1' -F
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit backup" force' -l 'force' -d 'Overwrite the file if it exists.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit backup" db' -l 'db' -d 'The database file (default: $CASEKIT_DB, else $XDG_DATA_HOME/casekit/casekit.sqlite3, else ~/.local/share/casekit/casekit.sqlite3).' -rF
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit backup" no-color' -l 'no-color' -d 'Never color the output (also: NO_COLOR=1).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit backup" version' -l 'version' -d 'Show the version.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit backup" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config" version' -l 'version' -d 'Show the version.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit config" -eq 1' -fa 'list' -d 'List every setting, its value, and whether it is the default.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit config" -eq 1' -fa 'get' -d 'Print a setting\'s value (the default when it is not set).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit config" -eq 1' -fa 'set' -d 'Change a setting; --add adds to a list setting.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit config" -eq 1' -fa 'unset' -d 'Return a setting to its default, or take values off a list setting.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit config" -eq 1' -fa 'holiday' -d 'The days off of the working calendar: add, list, remove, import.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config list" json' -l 'json' -d 'Print JSON (its shape is documented in Docs/json.md).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config list" db' -l 'db' -d 'The database file (default: $CASEKIT_DB, else $XDG_DATA_HOME/casekit/casekit.sqlite3, else ~/.local/share/casekit/casekit.sqlite3).' -rF
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config list" no-color' -l 'no-color' -d 'Never color the output (also: NO_COLOR=1).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config list" version' -l 'version' -d 'Show the version.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit config get" -eq 1' -fka 'stale-after update-every follow-up wait review-reminder extra-verbs extra-vague-phrases working-days count-working-days'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config get" db' -l 'db' -d 'The database file (default: $CASEKIT_DB, else $XDG_DATA_HOME/casekit/casekit.sqlite3, else ~/.local/share/casekit/casekit.sqlite3).' -rF
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config get" no-color' -l 'no-color' -d 'Never color the output (also: NO_COLOR=1).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config get" version' -l 'version' -d 'Show the version.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config get" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config set" add' -l 'add' -d 'Add the values to a list setting instead of replacing it.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit config set" -eq 1' -fka 'stale-after update-every follow-up wait review-reminder extra-verbs extra-vague-phrases working-days count-working-days'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit config set" -ge 2' -fka '(__casekit_custom_completion ---completion config set -- positional@1)'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config set" db' -l 'db' -d 'The database file (default: $CASEKIT_DB, else $XDG_DATA_HOME/casekit/casekit.sqlite3, else ~/.local/share/casekit/casekit.sqlite3).' -rF
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config set" no-color' -l 'no-color' -d 'Never color the output (also: NO_COLOR=1).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config set" version' -l 'version' -d 'Show the version.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config set" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit config unset" -eq 1' -fka 'stale-after update-every follow-up wait review-reminder extra-verbs extra-vague-phrases working-days count-working-days'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config unset" db' -l 'db' -d 'The database file (default: $CASEKIT_DB, else $XDG_DATA_HOME/casekit/casekit.sqlite3, else ~/.local/share/casekit/casekit.sqlite3).' -rF
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config unset" no-color' -l 'no-color' -d 'Never color the output (also: NO_COLOR=1).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config unset" version' -l 'version' -d 'Show the version.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config unset" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config holiday" version' -l 'version' -d 'Show the version.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config holiday" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit config holiday" -eq 1' -fa 'add' -d 'Add a holiday; adding a day twice changes nothing, --name renames it.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit config holiday" -eq 1' -fa 'list' -d 'List the holidays, by date.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit config holiday" -eq 1' -fa 'remove' -d 'Take holidays off the calendar (all or nothing).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit config holiday" -eq 1' -fa 'import' -d 'Add the all-day events of an iCalendar (.ics) file as holidays.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config holiday add" name' -l 'name' -d 'What it is called (at most 200 characters).' -rfka ''
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config holiday add" db' -l 'db' -d 'The database file (default: $CASEKIT_DB, else $XDG_DATA_HOME/casekit/casekit.sqlite3, else ~/.local/share/casekit/casekit.sqlite3).' -rF
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config holiday add" no-color' -l 'no-color' -d 'Never color the output (also: NO_COLOR=1).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config holiday add" version' -l 'version' -d 'Show the version.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config holiday add" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config holiday list" json' -l 'json' -d 'Print JSON (its shape is documented in Docs/json.md).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config holiday list" db' -l 'db' -d 'The database file (default: $CASEKIT_DB, else $XDG_DATA_HOME/casekit/casekit.sqlite3, else ~/.local/share/casekit/casekit.sqlite3).' -rF
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config holiday list" no-color' -l 'no-color' -d 'Never color the output (also: NO_COLOR=1).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config holiday list" version' -l 'version' -d 'Show the version.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config holiday list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit config holiday remove" -ge 1' -fka '(__casekit_custom_completion ---completion config holiday remove -- positional@0)'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config holiday remove" db' -l 'db' -d 'The database file (default: $CASEKIT_DB, else $XDG_DATA_HOME/casekit/casekit.sqlite3, else ~/.local/share/casekit/casekit.sqlite3).' -rF
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config holiday remove" no-color' -l 'no-color' -d 'Never color the output (also: NO_COLOR=1).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config holiday remove" version' -l 'version' -d 'Show the version.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config holiday remove" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit config holiday import" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'ics\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config holiday import" db' -l 'db' -d 'The database file (default: $CASEKIT_DB, else $XDG_DATA_HOME/casekit/casekit.sqlite3, else ~/.local/share/casekit/casekit.sqlite3).' -rF
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config holiday import" no-color' -l 'no-color' -d 'Never color the output (also: NO_COLOR=1).'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config holiday import" version' -l 'version' -d 'Show the version.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit config holiday import" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_positional "casekit completions" -eq 1' -fka 'bash zsh fish'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit completions" version' -l 'version' -d 'Show the version.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit completions" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'casekit' -n '__casekit_should_offer_completions_for_flags_or_options "casekit help" version' -l 'version' -d 'Show the version.'
