; expect: native io.print_i32 takes 1 argument
declare void @"\01io.print_i32"(i64)
define void @f() {
  call void @"\01io.print_i32"(i64 1)
  ret void
}
