; expect: function f: unsupported IR: aggregate value with more than 64 scalars (pass it in memory)
define [70 x i32] @f() {
  ret [70 x i32] zeroinitializer
}
