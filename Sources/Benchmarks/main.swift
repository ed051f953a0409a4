print("netcf-bench")
