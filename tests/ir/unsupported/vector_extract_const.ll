; expect: function f: unsupported IR: vector operations in `%e = extractelement <2 x i32> <i32 1, i32 2>, i32 %i`
define i32 @f(i32 %i) {
  %e = extractelement <2 x i32> <i32 1, i32 2>, i32 %i
  ret i32 %e
}
