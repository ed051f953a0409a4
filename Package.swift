// swift-tools-version: 6.0
import PackageDescription

/// netcf-compile: a bidirectional compiler between netcf's interface XML and
/// Linux distributions' native network configuration files.
///
/// One target per layer, lowest first:
///   Diagnostics -> ShellSyntax, XMLSyntax (front ends)
///   InterfaceModel (the IR), Lenses (the lens core)
///   InterfaceXML, RedHatDialect, SUSEDialect (lenses between formats and the IR)
///   NetcfCompile (the library: transactions, file system, commands), Lint
///   NetcfCompileCLI (argument parsing) -> netcf-compile (main.swift)
let package = Package(
  name: "netcf-compile",
  products: [
    .executable(name: "netcf-compile", targets: ["netcf-compile"]),
    .library(name: "NetcfCompile", targets: ["NetcfCompile"]),
  ],
  dependencies: [],
  targets: [
    .target(name: "Diagnostics"),
    .target(name: "ShellSyntax", dependencies: ["Diagnostics"]),
    .target(name: "XMLSyntax", dependencies: ["Diagnostics"]),
    .target(name: "InterfaceModel", dependencies: ["Diagnostics"]),
    .target(name: "Lenses"),
    .target(name: "InterfaceXML", dependencies: ["Diagnostics", "XMLSyntax", "InterfaceModel", "Lenses"]),
    .target(name: "DialectSupport",
            dependencies: ["Diagnostics", "ShellSyntax", "InterfaceModel", "Lenses"],
            path: "Sources/Dialects/Support"),
    .target(name: "RedHatDialect",
            dependencies: ["Diagnostics", "ShellSyntax", "InterfaceModel", "Lenses", "DialectSupport"],
            path: "Sources/Dialects/RedHat"),
    .target(name: "SUSEDialect",
            dependencies: ["Diagnostics", "ShellSyntax", "InterfaceModel", "Lenses", "DialectSupport"],
            path: "Sources/Dialects/SUSE"),
    .target(name: "Lint", dependencies: [
      "Diagnostics", "ShellSyntax", "XMLSyntax", "InterfaceModel", "InterfaceXML",
      "DialectSupport", "RedHatDialect", "SUSEDialect",
    ]),
    .target(name: "NetcfCompile", dependencies: [
      "Diagnostics", "ShellSyntax", "XMLSyntax", "InterfaceModel", "Lenses", "InterfaceXML",
      "DialectSupport", "RedHatDialect", "SUSEDialect", "Lint",
    ]),
    .target(name: "NetcfCompileCLI", dependencies: ["NetcfCompile"]),
    .executableTarget(name: "netcf-compile", dependencies: ["NetcfCompileCLI"]),
    .executableTarget(name: "netcf-bench", dependencies: ["ShellSyntax", "XMLSyntax", "InterfaceXML"],
                      path: "Sources/Benchmarks"),

    // Test support: seeded generators with shrinking, lens-law checkers, golden files.
    .target(name: "PropertyTesting", dependencies: ["Lenses"], path: "Tests/Support/PropertyTesting"),
    // Test support: real programs as ground truth (bash, xmllint against Schemas/interface.rng).
    .target(name: "Oracles", path: "Tests/Support/Oracles"),
    // Test support: IR generators with shrinkers; for ifcfg dialects, with their edits and normalization.
    .target(name: "InterfaceTesting", dependencies: ["InterfaceModel", "PropertyTesting"],
            path: "Tests/Support/InterfaceTesting"),
    // Test support: golden cases (NETCF_RECORD=1), unified diffs and the lens laws of a dialect.
    .target(name: "DialectTesting", dependencies: ["DialectSupport", "InterfaceTesting", "PropertyTesting"],
            path: "Tests/Support/DialectTesting"),

    .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
    .testTarget(name: "ShellSyntaxTests", dependencies: ["ShellSyntax", "PropertyTesting", "Oracles"]),
    .testTarget(name: "XMLSyntaxTests", dependencies: ["XMLSyntax", "PropertyTesting", "Oracles"]),
    .testTarget(name: "InterfaceModelTests", dependencies: ["InterfaceModel", "PropertyTesting"]),
    .testTarget(name: "LensesTests", dependencies: ["Lenses", "PropertyTesting"]),
    .testTarget(name: "InterfaceXMLTests", dependencies: [
                  "InterfaceXML", "XMLSyntax", "InterfaceModel", "PropertyTesting", "Oracles", "InterfaceTesting",
                ]),
    .testTarget(name: "RedHatDialectTests", dependencies: [
                  "RedHatDialect", "InterfaceXML", "PropertyTesting", "Oracles", "InterfaceTesting", "DialectTesting",
                ],
                exclude: ["Fixtures"]),
    .testTarget(name: "SUSEDialectTests", dependencies: [
                  "SUSEDialect", "InterfaceXML", "PropertyTesting", "Oracles", "InterfaceTesting", "DialectTesting",
                ],
                exclude: ["Fixtures"]),
    .testTarget(name: "LintTests", dependencies: ["Lint", "PropertyTesting", "Oracles"]),
    .testTarget(
      name: "NetcfCompileTests",
      dependencies: ["NetcfCompile", "NetcfCompileCLI", "PropertyTesting", "InterfaceTesting", "Oracles"]),
    .testTarget(name: "HostileInputTests", dependencies: [
      "NetcfCompile", "NetcfCompileCLI", "ShellSyntax", "XMLSyntax", "InterfaceXML", "RedHatDialect", "SUSEDialect",
      "PropertyTesting",
    ]),
  ]
)
