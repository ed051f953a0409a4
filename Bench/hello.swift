// The start-up floor: the smallest Swift program, linked statically like netcf-compile.
print("hello")
