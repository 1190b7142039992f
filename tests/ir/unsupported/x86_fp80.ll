; expect: function f: unsupported IR: values of type x86_fp80
define void @f(ptr %p) {
  %v = load x86_fp80, ptr %p
  store x86_fp80 %v, ptr %p
  ret void
}
