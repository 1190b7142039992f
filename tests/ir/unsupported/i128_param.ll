; expect: function f: unsupported IR: integer type i128 (at most 64 bits)
define i128 @f(i128 %a) {
  ret i128 %a
}
