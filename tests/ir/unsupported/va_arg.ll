; expect: function f: unsupported IR:
; expect: va_arg
define i32 @f(ptr %ap) {
  %v = va_arg ptr %ap, i32
  ret i32 %v
}
