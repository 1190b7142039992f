; expect: function f: unsupported IR: address of native function io.print_i32 taken (natives can only be called)
declare void @"\01io.print_i32"(i32)
define ptr @f() {
  ret ptr @"\01io.print_i32"
}
