@_exported import Diagnostics
@_exported import InterfaceModel
@_exported import Lenses
