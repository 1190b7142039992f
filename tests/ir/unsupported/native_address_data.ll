; expect: global t: unsupported initialiser: address of a native function
declare void @"\01io.print_i32"(i32)
@t = global ptr @"\01io.print_i32"
define i32 @main() {
  ret i32 0
}
