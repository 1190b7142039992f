; expect: function f: unsupported IR: values of type bfloat
define i32 @f(ptr %p) {
  %v = load bfloat, ptr %p
  %i = fptosi bfloat %v to i32
  ret i32 %i
}
