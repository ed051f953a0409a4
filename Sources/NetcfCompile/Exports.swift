@_exported import DialectSupport
@_exported import Diagnostics
@_exported import InterfaceModel
