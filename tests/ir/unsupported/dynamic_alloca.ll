; expect: function f: unsupported IR: variable-sized alloca (VLA or alloca()) in `%a = alloca i32, i32 %n, align 4`
define i32 @f(i32 %n) {
  %a = alloca i32, i32 %n
  store i32 1, ptr %a
  %v = load i32, ptr %a
  ret i32 %v
}
