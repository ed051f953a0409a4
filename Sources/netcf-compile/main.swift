import NetcfCompileCLI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

var io = StandardIO()
exit(run(arguments: Array(CommandLine.arguments.dropFirst()), io: &io))
