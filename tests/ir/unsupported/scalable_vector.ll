; expect: function f: unsupported IR: values of type <vscale x 4 x i32>
define void @f(ptr %p) {
  %v = load <vscale x 4 x i32>, ptr %p
  store <vscale x 4 x i32> %v, ptr %p
  ret void
}
