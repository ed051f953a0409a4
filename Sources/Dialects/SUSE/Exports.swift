@_exported import DialectSupport
import ShellSyntax
