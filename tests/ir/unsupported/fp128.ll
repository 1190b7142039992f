; expect: function f: unsupported IR: values of type fp128 in `%v = load fp128, ptr %p, align 16`
define void @f(ptr %p) {
  %v = load fp128, ptr %p
  store fp128 %v, ptr %p
  ret void
}
