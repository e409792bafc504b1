
made-by = Fait par { -vendor }
