@_exported import DialectSupport
@_exported import Diagnostics
@_exported import InterfaceModel
@_exported import RedHatDialect
@_exported import SUSEDialect
@_exported import InterfaceXML
