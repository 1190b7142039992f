; expect: function f: unsupported IR: memory access of type i48 in `%v = load i48, ptr %p, align 4`
define i48 @f(ptr %p) {
  %v = load i48, ptr %p
  ret i48 %v
}
