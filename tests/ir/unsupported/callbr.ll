; expect: function f: unsupported IR: callbr (asm goto)
define i32 @f() {
  callbr void asm "", "!i"() to label %a [label %b]
a:
  ret i32 1
b:
  ret i32 2
}
