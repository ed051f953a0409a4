# bash completion for netcf-compile
# Install: source this file, or copy it to
# /usr/share/bash-completion/completions/netcf-compile

_netcf_compile() {
  local cur prev command i
  cur="${COMP_WORDS[COMP_CWORD]}"
  prev="${COMP_WORDS[COMP_CWORD-1]}"
  command=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "${COMP_WORDS[i]}" in
      from-native|to-native|remove|lint) command="${COMP_WORDS[i]}"; break ;;
    esac
  done

  if [[ -z "$command" ]]; then
    COMPREPLY=($(compgen -W "from-native to-native remove lint --help --version" -- "$cur"))
    return
  fi

  case "$prev" in
    --dialect)
      if [[ "$command" == lint ]]; then
        COMPREPLY=($(compgen -W "auto redhat suse" -- "$cur"))
      else
        COMPREPLY=($(compgen -W "redhat suse" -- "$cur"))
      fi
      return ;;
    --format) COMPREPLY=($(compgen -W "text json sarif github" -- "$cur")); return ;;
    --disable) return ;;
    --root|--out) COMPREPLY=($(compgen -d -- "$cur")); return ;;
    --max-file-size|--max-files) return ;;
  esac

  local options
  case "$command" in
    from-native) options="--dialect --root --out --max-file-size --max-files --help" ;;
    to-native) options="--dialect --root --diff --max-file-size --max-files --help" ;;
    remove) options="--dialect --root --diff --max-file-size --max-files --help" ;;
    lint) options="--dialect --format --disable --roundtrip --help" ;;
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
  elif [[ "$command" == to-native || "$command" == lint ]]; then
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}

complete -F _netcf_compile netcf-compile
