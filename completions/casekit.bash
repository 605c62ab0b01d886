#!/bin/bash

__casekit_cursor_index_in_current_word() {
    local remaining="${COMP_LINE}"

    local word
    for word in "${COMP_WORDS[@]::COMP_CWORD}"; do
        remaining="${remaining##*([[:space:]])"${word}"*([[:space:]])}"
    done

    local -ir index="$((COMP_POINT - ${#COMP_LINE} + ${#remaining}))"
    if [[ "${index}" -le 0 ]]; then
        printf 0
    else
        printf %s "${index}"
    fi
}

# positional arguments:
#
# - 1: the current (sub)command's count of positional arguments
#
# required variables:
#
# - repeating_flags: the repeating flags that the current (sub)command can accept
# - non_repeating_flags: the non-repeating flags that the current (sub)command can accept
# - repeating_options: the repeating options that the current (sub)command can accept
# - non_repeating_options: the non-repeating options that the current (sub)command can accept
# - positional_number: value ignored
# - unparsed_words: unparsed words from the current command line
#
# modified variables:
#
# - non_repeating_flags: remove flags for this (sub)command that are already on the command line
# - non_repeating_options: remove options for this (sub)command that are already on the command line
# - positional_number: set to the current positional number
# - unparsed_words: remove all flags, options, and option values for this (sub)command
__casekit_offer_flags_options() {
    local -ir positional_count="${1}"
    positional_number=0

    local was_flag_option_terminator_seen=false
    local is_parsing_option_value=false

    local -ar unparsed_word_indices=("${!unparsed_words[@]}")
    local -i word_index
    for word_index in "${unparsed_word_indices[@]}"; do
        if "${is_parsing_option_value}"; then
            # This word is an option value:
            # Reset marker for next word iff not currently the last word
            [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]] && is_parsing_option_value=false
            unset "unparsed_words[${word_index}]"
            # Do not process this word as a flag or an option
            continue
        fi

        local word="${unparsed_words["${word_index}"]}"
        if ! "${was_flag_option_terminator_seen}"; then
            case "${word}" in
            --)
                unset "unparsed_words[${word_index}]"
                # by itself -- is a flag/option terminator, but if it is the last word, it is the start of a completion
                if [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]]; then
                    was_flag_option_terminator_seen=true
                fi
                continue
                ;;
            -*)
                # ${word} is a flag or an option
                # If ${word} is an option, mark that the next word to be parsed is an option value
                local option
                for option in "${repeating_options[@]}" "${non_repeating_options[@]}"; do
                    [[ "${word}" = "${option}" ]] && is_parsing_option_value=true && break
                done

                # Remove ${word} from ${non_repeating_flags} or ${non_repeating_options} so it isn't offered again
                local not_found=true
                local -i index
                for index in "${!non_repeating_flags[@]}"; do
                    if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                        unset "non_repeating_flags[${index}]"
                        non_repeating_flags=("${non_repeating_flags[@]}")
                        not_found=false
                        break
                    fi
                done
                if "${not_found}"; then
                    for index in "${!non_repeating_flags[@]}"; do
                        if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                            unset "non_repeating_flags[${index}]"
                            non_repeating_flags=("${non_repeating_flags[@]}")
                            break
                        fi
                    done
                fi
                unset "unparsed_words[${word_index}]"
                continue
                ;;
            esac
        fi

        # ${word} is neither a flag, nor an option, nor an option value
        if [[ "${positional_number}" -lt "${positional_count}" || "${positional_count}" -lt 0 ]]; then
            # ${word} is a positional
            ((positional_number++))
            unset "unparsed_words[${word_index}]"
        else
            if [[ -z "${word}" ]]; then
                # Could be completing a flag, option, or subcommand
                positional_number=-1
            else
                # ${word} is a subcommand or invalid, so stop processing this (sub)command
                positional_number=-2
            fi
            break
        fi
    done

    unparsed_words=("${unparsed_words[@]}")

    if\
        ! "${was_flag_option_terminator_seen}"\
        && ! "${is_parsing_option_value}"\
        && [[ ("${cur}" = -* && "${positional_number}" -ge 0) || "${positional_number}" -eq -1 ]]
    then
        COMPREPLY+=($(compgen -W "${repeating_flags[*]} ${non_repeating_flags[*]} ${repeating_options[*]} ${non_repeating_options[*]}" -- "${cur}"))
    fi
}

__casekit_add_completions() {
    local completion
    while IFS='' read -r completion; do
        COMPREPLY+=("${completion}")
    done < <(IFS=$'\n' compgen "${@}" -- "${cur}")
}

__casekit_custom_complete() {
    if [[ -n "${cur}" || -z ${COMP_WORDS[${COMP_CWORD}]} || "${COMP_LINE:${COMP_POINT}:1}" != ' ' ]]; then
        local -ar words=("${COMP_WORDS[@]}")
    else
        local -ar words=("${COMP_WORDS[@]::${COMP_CWORD}}" '' "${COMP_WORDS[@]:${COMP_CWORD}}")
    fi

    "${COMP_WORDS[0]}" "${@}" "${words[@]}"
}

_casekit() {
    local state
    state="$(shopt -p;shopt -po)"
    trap "${state//$'\n'/;}" RETURN
    shopt -s extglob
    set +o history +o posix

    local -xr SAP_SHELL=bash
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(IFS='.';printf %s "${BASH_VERSINFO[*]}")"
    local -r SAP_SHELL_VERSION

    local -r cur="${2}"
    local -r prev="${3}"

    local -i positional_number
    local -a unparsed_words=("${COMP_WORDS[@]:1:${COMP_CWORD}}")

    local -a repeating_flags=()
    local -a non_repeating_flags=(--no-color --version -h --help)
    local -a repeating_options=()
    local -a non_repeating_options=(--db)
    __casekit_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        __casekit_add_completions -f
        return
        ;;
    esac

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    today|open|list|show|edit|note|next|done|wait|resume|escalate|deescalate|resolve|close|reopen|checkin|review|export|import|backup|config|completions|help)
        # Offer subcommand argument completions
        "_casekit_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'today open list show edit note next done wait resume escalate deescalate resolve close reopen checkin review export import backup config completions help' -- "${cur}"))
        ;;
    esac
}

_casekit_today() {
    repeating_flags=()
    non_repeating_flags=(--all --json --no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--customer --context --limit --db)
    __casekit_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--customer')
        __casekit_add_completions -W "$(__casekit_custom_complete ---completion today -- --customer "${COMP_CWORD}" "$(__casekit_cursor_index_in_current_word)")"
        return
        ;;
    '--context')
        __casekit_add_completions -W "$(__casekit_custom_complete ---completion today -- --context "${COMP_CWORD}" "$(__casekit_cursor_index_in_current_word)")"
        return
        ;;
    '--limit')
        return
        ;;
    '--db')
        __casekit_add_completions -f
        return
        ;;
    esac
}

_casekit_open() {
    repeating_flags=()
    non_repeating_flags=(--allow-duplicate-ref --no-color --version -h --help)
    repeating_options=(--tag)
    non_repeating_options=(--customer --ref --next --due --context --priority --outcome --mood --db)
    __casekit_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--customer')
        __casekit_add_completions -W "$(__casekit_custom_complete ---completion open -- --customer "${COMP_CWORD}" "$(__casekit_cursor_index_in_current_word)")"
        return
        ;;
    '--ref')
        return
        ;;
    '--next')
        return
        ;;
    '--due')
        __casekit_add_completions -W 'today'$'\n''tomorrow'$'\n''yesterday'$'\n''monday'$'\n''mon'$'\n''tuesday'$'\n''tue'$'\n''wednesday'$'\n''wed'$'\n''thursday'$'\n''thu'$'\n''friday'$'\n''fri'$'\n''saturday'$'\n''sat'$'\n''sunday'$'\n''sun'$'\n''eow'$'\n''eom'$'\n''nwd'$'\n''+1d'$'\n''+2d'$'\n''+3d'$'\n''+1bd'$'\n''+2bd'$'\n''+3bd'$'\n''1w'$'\n''2w'$'\n''1m'
        return
        ;;
    '--context')
        __casekit_add_completions -W "$(__casekit_custom_complete ---completion open -- --context "${COMP_CWORD}" "$(__casekit_cursor_index_in_current_word)")"
        return
        ;;
    '--priority')
        __casekit_add_completions -W 'low'$'\n''normal'$'\n''high'$'\n''urgent'
        return
        ;;
    '--tag')
        __casekit_add_completions -W "$(__casekit_custom_complete ---completion open -- --tag "${COMP_CWORD}" "$(__casekit_cursor_index_in_current_word)")"
        return
        ;;
    '--outcome')
        return
        ;;
    '--mood')
        __casekit_add_completions -W 'calm'$'\n''confused'$'\n''anxious'$'\n''frustrated'$'\n''angry'$'\n''happy'
        return
        ;;
    '--db')
        __casekit_add_completions -f
        return
        ;;
    esac
}

_casekit_list() {
    repeating_flags=()
    non_repeating_flags=(--all --escalated --overdue --json --no-color --version -h --help)
    repeating_options=(--tag)
    non_repeating_options=(--status --customer --context --sort --limit --db)
    __casekit_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--status')
        __casekit_add_completions -W 'open'$'\n''waiting'$'\n''escalated'$'\n''resolved'$'\n''closed'
        return
        ;;
    '--customer')
        __casekit_add_completions -W "$(__casekit_custom_complete ---completion list -- --customer "${COMP_CWORD}" "$(__casekit_cursor_index_in_current_word)")"
        return
        ;;
    '--context')
        __casekit_add_completions -W "$(__casekit_custom_complete ---completion list -- --context "${COMP_CWORD}" "$(__casekit_cursor_index_in_current_word)")"
        return
        ;;
    '--tag')
        __casekit_add_completions -W "$(__casekit_custom_complete ---completion list -- --tag "${COMP_CWORD}" "$(__casekit_cursor_index_in_current_word)")"
        return
        ;;
    '--sort')
        __casekit_add_completions -W 'due'$'\n''updated'$'\n''priority'$'\n''id'
        return
        ;;
    '--limit')
        return
        ;;
    '--db')
        __casekit_add_completions -f
        return
        ;;
    esac
}

_casekit_show() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--db)
    __casekit_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        __casekit_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __casekit_add_completions -W "$(__casekit_custom_complete ---completion show -- positional@0 "${COMP_CWORD}" "$(__casekit_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_casekit_edit() {
    repeating_flags=()
    non_repeating_flags=(--no-color --version -h --help)
    repeating_options=(--tag)
    non_repeating_options=(--title --customer --ref --priority --outcome --db)
    __casekit_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--title')
        return
        ;;
    '--customer')
        __casekit_add_completions -W "$(__casekit_custom_complete ---completion edit -- --customer "${COMP_CWORD}" "$(__casekit_cursor_index_in_current_word)")"
        return
        ;;
    '--ref')
        return
        ;;
    '--priority')
        __casekit_add_completions -W 'low'$'\n''normal'$'\n''high'$'\n''urgent'
        return
        ;;
    '--tag')
        __casekit_add_completions -W "$(__casekit_custom_complete ---completion edit -- --tag "${COMP_CWORD}" "$(__casekit_cursor_index_in_current_word)")"
        return
        ;;
    '--outcome')
        return
        ;;
    '--db')
        __casekit_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __casekit_add_completions -W "$(__casekit_custom_complete ---completion edit -- positional@0 "${COMP_CWORD}" "$(__casekit_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_casekit_note() {
    repeating_flags=()
    non_repeating_flags=(--no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--mood --db)
    __casekit_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--mood')
        __casekit_add_completions -W 'calm'$'\n''confused'$'\n''anxious'$'\n''frustrated'$'\n''angry'$'\n''happy'
        return
        ;;
    '--db')
        __casekit_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __casekit_add_completions -W "$(__casekit_custom_complete ---completion note -- positional@0 "${COMP_CWORD}" "$(__casekit_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_casekit_next() {
    repeating_flags=()
    non_repeating_flags=(--no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--due --context --db)
    __casekit_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--due')
        __casekit_add_completions -W 'today'$'\n''tomorrow'$'\n''yesterday'$'\n''monday'$'\n''mon'$'\n''tuesday'$'\n''tue'$'\n''wednesday'$'\n''wed'$'\n''thursday'$'\n''thu'$'\n''friday'$'\n''fri'$'\n''saturday'$'\n''sat'$'\n''sunday'$'\n''sun'$'\n''eow'$'\n''eom'$'\n''nwd'$'\n''+1d'$'\n''+2d'$'\n''+3d'$'\n''+1bd'$'\n''+2bd'$'\n''+3bd'$'\n''1w'$'\n''2w'$'\n''1m'
        return
        ;;
    '--context')
        __casekit_add_completions -W "$(__casekit_custom_complete ---completion next -- --context "${COMP_CWORD}" "$(__casekit_cursor_index_in_current_word)")"
        return
        ;;
    '--db')
        __casekit_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __casekit_add_completions -W "$(__casekit_custom_complete ---completion next -- positional@0 "${COMP_CWORD}" "$(__casekit_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_casekit_done() {
    repeating_flags=()
    non_repeating_flags=(--no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--note --next --due --context --db)
    __casekit_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--note')
        return
        ;;
    '--next')
        return
        ;;
    '--due')
        __casekit_add_completions -W 'today'$'\n''tomorrow'$'\n''yesterday'$'\n''monday'$'\n''mon'$'\n''tuesday'$'\n''tue'$'\n''wednesday'$'\n''wed'$'\n''thursday'$'\n''thu'$'\n''friday'$'\n''fri'$'\n''saturday'$'\n''sat'$'\n''sunday'$'\n''sun'$'\n''eow'$'\n''eom'$'\n''nwd'$'\n''+1d'$'\n''+2d'$'\n''+3d'$'\n''+1bd'$'\n''+2bd'$'\n''+3bd'$'\n''1w'$'\n''2w'$'\n''1m'
        return
        ;;
    '--context')
        __casekit_add_completions -W "$(__casekit_custom_complete ---completion done -- --context "${COMP_CWORD}" "$(__casekit_cursor_index_in_current_word)")"
        return
        ;;
    '--db')
        __casekit_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __casekit_add_completions -W "$(__casekit_custom_complete ---completion done -- positional@0 "${COMP_CWORD}" "$(__casekit_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_casekit_wait() {
    repeating_flags=()
    non_repeating_flags=(--no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--on --until --db)
    __casekit_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--on')
        return
        ;;
    '--until')
        __casekit_add_completions -W 'today'$'\n''tomorrow'$'\n''yesterday'$'\n''monday'$'\n''mon'$'\n''tuesday'$'\n''tue'$'\n''wednesday'$'\n''wed'$'\n''thursday'$'\n''thu'$'\n''friday'$'\n''fri'$'\n''saturday'$'\n''sat'$'\n''sunday'$'\n''sun'$'\n''eow'$'\n''eom'$'\n''nwd'$'\n''+1d'$'\n''+2d'$'\n''+3d'$'\n''+1bd'$'\n''+2bd'$'\n''+3bd'$'\n''1w'$'\n''2w'$'\n''1m'
        return
        ;;
    '--db')
        __casekit_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __casekit_add_completions -W "$(__casekit_custom_complete ---completion wait -- positional@0 "${COMP_CWORD}" "$(__casekit_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_casekit_resume() {
    repeating_flags=()
    non_repeating_flags=(--no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--note --db)
    __casekit_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--note')
        return
        ;;
    '--db')
        __casekit_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __casekit_add_completions -W "$(__casekit_custom_complete ---completion resume -- positional@0 "${COMP_CWORD}" "$(__casekit_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_casekit_escalate() {
    repeating_flags=()
    non_repeating_flags=(--no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--to --reason --update-every --db)
    __casekit_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--to')
        __casekit_add_completions -W "$(__casekit_custom_complete ---completion escalate -- --to "${COMP_CWORD}" "$(__casekit_cursor_index_in_current_word)")"
        return
        ;;
    '--reason')
        return
        ;;
    '--update-every')
        return
        ;;
    '--db')
        __casekit_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __casekit_add_completions -W "$(__casekit_custom_complete ---completion escalate -- positional@0 "${COMP_CWORD}" "$(__casekit_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_casekit_deescalate() {
    repeating_flags=()
    non_repeating_flags=(--no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--note --db)
    __casekit_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--note')
        return
        ;;
    '--db')
        __casekit_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __casekit_add_completions -W "$(__casekit_custom_complete ---completion deescalate -- positional@0 "${COMP_CWORD}" "$(__casekit_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_casekit_resolve() {
    repeating_flags=()
    non_repeating_flags=(--no-checkin --no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--note --checkin --db)
    __casekit_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--note')
        return
        ;;
    '--checkin')
        __casekit_add_completions -W 'today'$'\n''tomorrow'$'\n''yesterday'$'\n''monday'$'\n''mon'$'\n''tuesday'$'\n''tue'$'\n''wednesday'$'\n''wed'$'\n''thursday'$'\n''thu'$'\n''friday'$'\n''fri'$'\n''saturday'$'\n''sat'$'\n''sunday'$'\n''sun'$'\n''eow'$'\n''eom'$'\n''nwd'$'\n''+1d'$'\n''+2d'$'\n''+3d'$'\n''+1bd'$'\n''+2bd'$'\n''+3bd'$'\n''1w'$'\n''2w'$'\n''1m'
        return
        ;;
    '--db')
        __casekit_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __casekit_add_completions -W "$(__casekit_custom_complete ---completion resolve -- positional@0 "${COMP_CWORD}" "$(__casekit_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_casekit_close() {
    repeating_flags=()
    non_repeating_flags=(--force --no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--db)
    __casekit_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--db')
        __casekit_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __casekit_add_completions -W "$(__casekit_custom_complete ---completion close -- positional@0 "${COMP_CWORD}" "$(__casekit_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_casekit_reopen() {
    repeating_flags=()
    non_repeating_flags=(--no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--db)
    __casekit_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        __casekit_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __casekit_add_completions -W "$(__casekit_custom_complete ---completion reopen -- positional@0 "${COMP_CWORD}" "$(__casekit_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_casekit_checkin() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __casekit_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    add|done|skip|move|list)
        # Offer subcommand argument completions
        "_casekit_checkin_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'add done skip move list' -- "${cur}"))
        ;;
    esac
}

_casekit_checkin_add() {
    repeating_flags=()
    non_repeating_flags=(--no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--note --channel --db)
    __casekit_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--note')
        return
        ;;
    '--channel')
        __casekit_add_completions -W 'email'$'\n''phone'$'\n''chat'$'\n''other'
        return
        ;;
    '--db')
        __casekit_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __casekit_add_completions -W "$(__casekit_custom_complete ---completion checkin add -- positional@0 "${COMP_CWORD}" "$(__casekit_cursor_index_in_current_word)")"
        return
        ;;
    2)
        __casekit_add_completions -W 'today'$'\n''tomorrow'$'\n''yesterday'$'\n''monday'$'\n''mon'$'\n''tuesday'$'\n''tue'$'\n''wednesday'$'\n''wed'$'\n''thursday'$'\n''thu'$'\n''friday'$'\n''fri'$'\n''saturday'$'\n''sat'$'\n''sunday'$'\n''sun'$'\n''eow'$'\n''eom'$'\n''nwd'$'\n''+1d'$'\n''+2d'$'\n''+3d'$'\n''+1bd'$'\n''+2bd'$'\n''+3bd'$'\n''1w'$'\n''2w'$'\n''1m'
        return
        ;;
    esac
}

_casekit_checkin_done() {
    repeating_flags=()
    non_repeating_flags=(--no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--note --mood --channel --checkin --db)
    __casekit_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--note')
        return
        ;;
    '--mood')
        __casekit_add_completions -W 'calm'$'\n''confused'$'\n''anxious'$'\n''frustrated'$'\n''angry'$'\n''happy'
        return
        ;;
    '--channel')
        __casekit_add_completions -W 'email'$'\n''phone'$'\n''chat'$'\n''other'
        return
        ;;
    '--checkin')
        __casekit_add_completions -W "$(__casekit_custom_complete ---completion checkin done -- --checkin "${COMP_CWORD}" "$(__casekit_cursor_index_in_current_word)")"
        return
        ;;
    '--db')
        __casekit_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __casekit_add_completions -W "$(__casekit_custom_complete ---completion checkin done -- positional@0 "${COMP_CWORD}" "$(__casekit_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_casekit_checkin_skip() {
    repeating_flags=()
    non_repeating_flags=(--no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--note --checkin --db)
    __casekit_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--note')
        return
        ;;
    '--checkin')
        __casekit_add_completions -W "$(__casekit_custom_complete ---completion checkin skip -- --checkin "${COMP_CWORD}" "$(__casekit_cursor_index_in_current_word)")"
        return
        ;;
    '--db')
        __casekit_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __casekit_add_completions -W "$(__casekit_custom_complete ---completion checkin skip -- positional@0 "${COMP_CWORD}" "$(__casekit_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_casekit_checkin_move() {
    repeating_flags=()
    non_repeating_flags=(--no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--checkin --db)
    __casekit_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--checkin')
        __casekit_add_completions -W "$(__casekit_custom_complete ---completion checkin move -- --checkin "${COMP_CWORD}" "$(__casekit_cursor_index_in_current_word)")"
        return
        ;;
    '--db')
        __casekit_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __casekit_add_completions -W "$(__casekit_custom_complete ---completion checkin move -- positional@0 "${COMP_CWORD}" "$(__casekit_cursor_index_in_current_word)")"
        return
        ;;
    2)
        __casekit_add_completions -W 'today'$'\n''tomorrow'$'\n''yesterday'$'\n''monday'$'\n''mon'$'\n''tuesday'$'\n''tue'$'\n''wednesday'$'\n''wed'$'\n''thursday'$'\n''thu'$'\n''friday'$'\n''fri'$'\n''saturday'$'\n''sat'$'\n''sunday'$'\n''sun'$'\n''eow'$'\n''eom'$'\n''nwd'$'\n''+1d'$'\n''+2d'$'\n''+3d'$'\n''+1bd'$'\n''+2bd'$'\n''+3bd'$'\n''1w'$'\n''2w'$'\n''1m'
        return
        ;;
    esac
}

_casekit_checkin_list() {
    repeating_flags=()
    non_repeating_flags=(--overdue --json --no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--within --customer --context --db)
    __casekit_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--within')
        return
        ;;
    '--customer')
        __casekit_add_completions -W "$(__casekit_custom_complete ---completion checkin list -- --customer "${COMP_CWORD}" "$(__casekit_cursor_index_in_current_word)")"
        return
        ;;
    '--context')
        __casekit_add_completions -W "$(__casekit_custom_complete ---completion checkin list -- --context "${COMP_CWORD}" "$(__casekit_cursor_index_in_current_word)")"
        return
        ;;
    '--db')
        __casekit_add_completions -f
        return
        ;;
    esac
}

_casekit_review() {
    repeating_flags=()
    non_repeating_flags=(--mark-reviewed --walk --json --no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--stale-after --format --db)
    __casekit_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--stale-after')
        return
        ;;
    '--format')
        __casekit_add_completions -W 'text'$'\n''markdown'$'\n''json'
        return
        ;;
    '--db')
        __casekit_add_completions -f
        return
        ;;
    esac
}

_casekit_export() {
    repeating_flags=()
    non_repeating_flags=(--no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--format --output -o --db)
    __casekit_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--format')
        __casekit_add_completions -W 'json'$'\n''csv'$'\n''ics'
        return
        ;;
    '--output'|'-o')
        __casekit_add_completions -f
        return
        ;;
    '--db')
        __casekit_add_completions -f
        return
        ;;
    esac
}

_casekit_import() {
    repeating_flags=()
    non_repeating_flags=(--dry-run --no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--db)
    __casekit_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        __casekit_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __casekit_add_completions -o plusdirs -fX '!*.@(json)'
        return
        ;;
    esac
}

_casekit_backup() {
    repeating_flags=()
    non_repeating_flags=(--force --no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--db)
    __casekit_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        __casekit_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __casekit_add_completions -f
        return
        ;;
    esac
}

_casekit_config() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __casekit_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|get|set|unset|holiday)
        # Offer subcommand argument completions
        "_casekit_config_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list get set unset holiday' -- "${cur}"))
        ;;
    esac
}

_casekit_config_list() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--db)
    __casekit_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        __casekit_add_completions -f
        return
        ;;
    esac
}

_casekit_config_get() {
    repeating_flags=()
    non_repeating_flags=(--no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--db)
    __casekit_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        __casekit_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __casekit_add_completions -W 'stale-after'$'\n''update-every'$'\n''follow-up'$'\n''wait'$'\n''review-reminder'$'\n''extra-verbs'$'\n''extra-vague-phrases'$'\n''working-days'$'\n''count-working-days'
        return
        ;;
    esac
}

_casekit_config_set() {
    repeating_flags=()
    non_repeating_flags=(--add --no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--db)
    __casekit_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--db')
        __casekit_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __casekit_add_completions -W 'stale-after'$'\n''update-every'$'\n''follow-up'$'\n''wait'$'\n''review-reminder'$'\n''extra-verbs'$'\n''extra-vague-phrases'$'\n''working-days'$'\n''count-working-days'
        return
        ;;
    *)
        __casekit_add_completions -W "$(__casekit_custom_complete ---completion config set -- positional@1 "${COMP_CWORD}" "$(__casekit_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_casekit_config_unset() {
    repeating_flags=()
    non_repeating_flags=(--no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--db)
    __casekit_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--db')
        __casekit_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __casekit_add_completions -W 'stale-after'$'\n''update-every'$'\n''follow-up'$'\n''wait'$'\n''review-reminder'$'\n''extra-verbs'$'\n''extra-vague-phrases'$'\n''working-days'$'\n''count-working-days'
        return
        ;;
    esac
}

_casekit_config_holiday() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __casekit_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    add|list|remove|import)
        # Offer subcommand argument completions
        "_casekit_config_holiday_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'add list remove import' -- "${cur}"))
        ;;
    esac
}

_casekit_config_holiday_add() {
    repeating_flags=()
    non_repeating_flags=(--no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--name --db)
    __casekit_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--name')
        return
        ;;
    '--db')
        __casekit_add_completions -f
        return
        ;;
    esac
}

_casekit_config_holiday_list() {
    repeating_flags=()
    non_repeating_flags=(--json --no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--db)
    __casekit_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        __casekit_add_completions -f
        return
        ;;
    esac
}

_casekit_config_holiday_remove() {
    repeating_flags=()
    non_repeating_flags=(--no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--db)
    __casekit_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--db')
        __casekit_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __casekit_add_completions -W "$(__casekit_custom_complete ---completion config holiday remove -- positional@0 "${COMP_CWORD}" "$(__casekit_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_casekit_config_holiday_import() {
    repeating_flags=()
    non_repeating_flags=(--no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--db)
    __casekit_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        __casekit_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __casekit_add_completions -o plusdirs -fX '!*.@(ics)'
        return
        ;;
    esac
}

_casekit_completions() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __casekit_offer_flags_options 1

    # Offer positional completions
    case "${positional_number}" in
    1)
        __casekit_add_completions -W 'bash'$'\n''zsh'$'\n''fish'
        return
        ;;
    esac
}

_casekit_help() {
    repeating_flags=()
    non_repeating_flags=(--version)
    repeating_options=()
    non_repeating_options=()
    __casekit_offer_flags_options -1
}

complete -o filenames -F _casekit casekit
