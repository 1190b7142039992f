; expect: vector_param.ll: error: function f: unsupported IR: values of type <4 x i32>
define <4 x i32> @f(<4 x i32> %a) {
  %r = add <4 x i32> %a, %a
  ret <4 x i32> %r
}
