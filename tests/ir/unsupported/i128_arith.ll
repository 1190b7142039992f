; expect: function mulhi: unsupported IR: integer type i128 (at most 64 bits) in `%w = zext i64 %a to i128`
define i64 @mulhi(i64 %a) {
  %w = zext i64 %a to i128
  %m = mul i128 %w, %w
  %h = lshr i128 %m, 64
  %r = trunc i128 %h to i64
  ret i64 %r
}
