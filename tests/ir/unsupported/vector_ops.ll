; expect: function f: unsupported IR: values of type <2 x i32> in `%v = insertelement <2 x i32> undef, i32 %a, i32 0`
define i32 @f(i32 %a) {
  %v = insertelement <2 x i32> undef, i32 %a, i32 0
  %e = extractelement <2 x i32> %v, i32 0
  ret i32 %e
}
