_Pragma
